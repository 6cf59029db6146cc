package com.exitdesk.client;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DeliverableRepository extends JpaRepository<Deliverable, Long> {

  @Query("select d from Deliverable d where d.clientId = :clientId order by d.dueDate, d.id")
  List<Deliverable> findByClientIdOrderByDueDateAscIdAsc(Long clientId);

  @Query(
      "select d from Deliverable d where d.clientId = :clientId and d.status = :status"
          + " order by d.dueDate, d.id")
  List<Deliverable> findByClientIdAndStatusOrderByDueDateAscIdAsc(
      Long clientId, DeliverableStatus status);
}

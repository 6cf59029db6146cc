package com.exitdesk.client;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeliverableRepository extends JpaRepository<Deliverable, Long> {

  List<Deliverable> findByClientIdOrderByDueDateAscIdAsc(Long clientId);

  List<Deliverable> findByClientIdAndStatusOrderByDueDateAscIdAsc(
      Long clientId, DeliverableStatus status);
}

package com.exitdesk.interaction;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InteractionRepository extends JpaRepository<Interaction, Long> {

  @Query(
      "select i from Interaction i where i.clientId = :clientId"
          + " order by i.occurredAt desc, i.id desc")
  List<Interaction> findByClientIdOrderByOccurredAtDescIdDesc(Long clientId);

  @Query("select i from Interaction i where i.correctsId = :correctsId")
  Optional<Interaction> findByCorrectsId(Long correctsId);

  @Query("select count(i) > 0 from Interaction i where i.messageId = :messageId")
  boolean existsByMessageId(Long messageId);
}

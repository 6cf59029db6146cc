package com.exitdesk.interaction;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InteractionRepository extends JpaRepository<Interaction, Long> {

  List<Interaction> findByClientIdOrderByOccurredAtDescIdDesc(Long clientId);

  Optional<Interaction> findByCorrectsId(Long correctsId);

  boolean existsByMessageId(Long messageId);
}

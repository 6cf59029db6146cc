package com.exitdesk.incident;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StrikePolicyChangeRepository extends JpaRepository<StrikePolicyChange, Long> {

  Optional<StrikePolicyChange> findFirstByOrderByChangedAtDescIdDesc();
}

package com.exitdesk.incident;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StrikePolicyChangeRepository extends JpaRepository<StrikePolicyChange, Long> {

  @Query("select p from StrikePolicyChange p order by p.changedAt desc, p.id desc limit 1")
  Optional<StrikePolicyChange> findFirstByOrderByChangedAtDescIdDesc();
}

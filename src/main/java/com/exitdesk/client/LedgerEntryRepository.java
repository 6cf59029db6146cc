package com.exitdesk.client;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

  List<LedgerEntry> findByClientIdOrderByMonthAsc(Long clientId);

  List<LedgerEntry> findByClientIdAndMonthGreaterThanEqualOrderByMonthAsc(
      Long clientId, String fromMonth);

  boolean existsByClientIdAndMonth(Long clientId, String month);

  Optional<LedgerEntry> findByClientIdAndMonth(Long clientId, String month);
}

package com.exitdesk.client;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

  @Query("select l from LedgerEntry l where l.clientId = :clientId order by l.month")
  List<LedgerEntry> findByClientIdOrderByMonthAsc(Long clientId);

  @Query(
      "select l from LedgerEntry l where l.clientId = :clientId and l.month >= :fromMonth"
          + " order by l.month")
  List<LedgerEntry> findByClientIdAndMonthGreaterThanEqualOrderByMonthAsc(
      Long clientId, String fromMonth);

  @Query("select count(l) > 0 from LedgerEntry l where l.clientId = :clientId and l.month = :month")
  boolean existsByClientIdAndMonth(Long clientId, String month);

  @Query("select l from LedgerEntry l where l.clientId = :clientId and l.month = :month")
  Optional<LedgerEntry> findByClientIdAndMonth(Long clientId, String month);
}

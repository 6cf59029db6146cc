package com.exitdesk.client;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContractRepository extends JpaRepository<Contract, Long> {

  @Query("select c from Contract c where c.clientId = :clientId")
  Optional<Contract> findByClientId(Long clientId);
}

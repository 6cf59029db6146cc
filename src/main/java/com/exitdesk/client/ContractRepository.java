package com.exitdesk.client;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractRepository extends JpaRepository<Contract, Long> {

  Optional<Contract> findByClientId(Long clientId);
}

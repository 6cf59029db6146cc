package com.exitdesk.client;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ClientRepository extends JpaRepository<Client, Long> {

  @Query("select count(c) > 0 from Client c where upper(c.email) = upper(:email)")
  boolean existsByEmailIgnoreCase(String email);

  @Query("select count(c) > 0 from Client c where upper(c.email) = upper(:email) and c.id <> :id")
  boolean existsByEmailIgnoreCaseAndIdNot(String email, Long id);
}

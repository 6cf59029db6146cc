package com.exitdesk.client;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClientRepository extends JpaRepository<Client, Long> {

  boolean existsByEmailIgnoreCase(String email);

  boolean existsByEmailIgnoreCaseAndIdNot(String email, Long id);

  /**
   * The names of these clients, without loading the clients: a query Hibernate plans once, where
   * {@code findAllById} builds and translates a criteria query on every call.
   */
  @Query("select c.id as id, c.name as name from Client c where c.id in :ids")
  List<ClientName> findNamesByIdIn(@Param("ids") Collection<Long> ids);

  interface ClientName {
    Long getId();

    String getName();
  }
}

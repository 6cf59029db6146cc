package com.exitdesk.client;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClientRepository extends JpaRepository<Client, Long> {

  @Query("select count(c) > 0 from Client c where upper(c.email) = upper(:email)")
  boolean existsByEmailIgnoreCase(String email);

  @Query("select count(c) > 0 from Client c where upper(c.email) = upper(:email) and c.id <> :id")
  boolean existsByEmailIgnoreCaseAndIdNot(String email, Long id);

  /**
   * The names of these clients, without loading the clients. Hibernate translates it again at every
   * call, as it does any query with a list parameter.
   */
  @Query("select c.id as id, c.name as name from Client c where c.id in :ids")
  List<ClientName> findNamesByIdIn(@Param("ids") Collection<Long> ids);

  interface ClientName {
    Long getId();

    String getName();
  }
}

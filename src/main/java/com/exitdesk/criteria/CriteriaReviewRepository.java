package com.exitdesk.criteria;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CriteriaReviewRepository extends JpaRepository<CriteriaReview, Long> {

  @Query("select r from CriteriaReview r where r.openMarker is not null")
  Optional<CriteriaReview> findByOpenMarkerNotNull();

  @Query("select r from CriteriaReview r where r.processInstanceKey = :processInstanceKey")
  Optional<CriteriaReview> findByProcessInstanceKey(long processInstanceKey);

  /** The review the next one starts from. */
  @Query(
      "select r from CriteriaReview r where r.completedAt is not null"
          + " order by r.completedAt desc, r.id desc limit 1")
  Optional<CriteriaReview> findFirstByCompletedAtNotNullOrderByCompletedAtDescIdDesc();
}

package com.exitdesk.criteria;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CriteriaReviewRepository extends JpaRepository<CriteriaReview, Long> {

  Optional<CriteriaReview> findByOpenMarkerNotNull();

  Optional<CriteriaReview> findByProcessInstanceKey(long processInstanceKey);

  /** The review the next one starts from. */
  Optional<CriteriaReview> findFirstByCompletedAtNotNullOrderByCompletedAtDescIdDesc();
}

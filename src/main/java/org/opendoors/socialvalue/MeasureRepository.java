package org.opendoors.socialvalue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureRepository extends JpaRepository<Measure, Long> {

    List<Measure> findByActiveTrueOrderByCode();

    List<Measure> findAllByOrderByCode();

    boolean existsByCode(String code);
}

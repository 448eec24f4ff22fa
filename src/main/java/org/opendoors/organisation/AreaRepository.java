package org.opendoors.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AreaRepository extends JpaRepository<Area, Long> {

    List<Area> findAllByOrderByName();

    List<Area> findByActiveTrueOrderByName();

    Optional<Area> findByName(String name);
}

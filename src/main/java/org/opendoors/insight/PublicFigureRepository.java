package org.opendoors.insight;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublicFigureRepository extends JpaRepository<PublicFigure, Long> {
}

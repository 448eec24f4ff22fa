package org.opendoors.privacy;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonErasureRepository extends JpaRepository<PersonErasure, Long> {
}

package org.opendoors.insight;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.opendoors.base.AbstractEntity;

/** A figure the administrator chose to show on the public insight page. */
@Entity
@Table(name = "public_figure")
@Audited
public class PublicFigure extends AbstractEntity {

    @Column(name = "figure_key", nullable = false, length = 60)
    private String figureKey;

    protected PublicFigure() {
    }

    PublicFigure(String figureKey) {
        this.figureKey = figureKey;
    }

    public String getFigureKey() {
        return figureKey;
    }
}

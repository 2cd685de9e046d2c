package org.consortium.hub.governance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The tip of the decision chain, in a single row. Appending locks it (SELECT ... FOR UPDATE),
 * which serialises appends across threads and replicas on H2 and PostgreSQL alike, and it
 * lets verification notice entries cut off the end of the log.
 */
@Entity
@Table(name = "decision_log_head")
public class DecisionLogHead extends PanacheEntityBase {

    /** The only row's id. */
    public static final int ID = 1;

    @Id
    public int id;

    @Column(name = "last_seq", nullable = false)
    public long lastSeq;

    @Column(name = "last_hash", nullable = false)
    public String lastHash;
}

package org.consortium.hub.governance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A body that votes: general assembly, governance committee, technical committee... */
@Entity
@Table(name = "voting_body")
public class VotingBody extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    /** GENERAL_ASSEMBLY, GOVERNANCE_COMMITTEE, TECHNICAL_COMMITTEE or OTHER. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @OneToMany(mappedBy = "body", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Seat> seats = new ArrayList<>();
}

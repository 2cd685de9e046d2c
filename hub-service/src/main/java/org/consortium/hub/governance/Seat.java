package org.consortium.hub.governance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A seat in a voting body, held by an organisation or by a person. */
@Entity
@Table(name = "seat")
public class Seat extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    public VotingBody body;

    /** Order of the seat in its body, for stable listings. */
    @Column(nullable = false)
    public int position;

    @Column(name = "holder_org_id")
    public String holderOrganisationId;

    /** OIDC subject or local user name of a person holding the seat. */
    @Column(name = "holder_person")
    public String holderPerson;

    @Column(nullable = false)
    public int weight = 1;

    public String college;

    @Column(nullable = false)
    public boolean chair;
}

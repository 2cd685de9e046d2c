package org.consortium.hub.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

/** One indicator request: who asked what, why, and from which datasets. Never any figure. */
@Entity
@Table(name = "access_log")
public class AccessLogEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String caller;

    @Column(name = "organisation_id")
    public String organisationId;

    @Column(nullable = false)
    public String purpose;

    @Column(nullable = false)
    public String indicator;

    @Column(nullable = false)
    public String parameters;

    @Column(name = "cells_released", nullable = false)
    public int cellsReleased;

    @Column(name = "cells_withheld", nullable = false)
    public int cellsWithheld;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "access_log_dataset", joinColumns = @JoinColumn(name = "access_log_id"))
    @Column(name = "dataset_id")
    public Set<String> datasets = new HashSet<>();
}

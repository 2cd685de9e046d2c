package org.consortium.hub.ingestion;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.consortium.hub.sdk.contract.ContractValidator;

/** The contract validator of the SDK, shared: the hub validates with exactly the venues' rules. */
public class ContractBeans {

    @Produces
    @Singleton
    ContractValidator contractValidator() {
        return new ContractValidator();
    }
}

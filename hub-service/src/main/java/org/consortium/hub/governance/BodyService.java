package org.consortium.hub.governance;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.consortium.hub.web.problem.NotFoundProblem;

/** Voting bodies and their seats. */
@ApplicationScoped
public class BodyService {

    @Transactional
    public List<BodyView> list() {
        return VotingBody.<VotingBody>findAll(Sort.by("id")).list().stream().map(BodyView::of).toList();
    }

    @Transactional
    public BodyView get(String id) {
        VotingBody body = VotingBody.findById(id);
        if (body == null) {
            throw new NotFoundProblem("Voting body", id);
        }
        return BodyView.of(body);
    }
}

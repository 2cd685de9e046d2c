package org.consortium.hub.datasets;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request to suspend or retire a dataset; the body is optional. */
@Schema(description = "Why the dataset should be suspended or retired", examples = """
        {"reason": "The box office changed vendor; figures from March are unreliable"}""")
public record DatasetMotionRequest(@Size(max = 2000) String reason) {
}

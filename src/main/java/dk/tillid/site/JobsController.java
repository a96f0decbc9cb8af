package dk.tillid.site;

import java.util.List;

import dk.tillid.client.JobOrder;
import dk.tillid.client.JobOrders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public list of open jobs: the agency's open job orders, without the client's name (clients
 * often do not want it known that they are hiring, and the agency does not want to be bypassed).
 */
@Controller
class JobsController {

    /** What the public sees of a job order. */
    record PublicJob(String title, String location, JobOrder.Kind kind, String description) {

        static PublicJob of(JobOrder order) {
            return new PublicJob(order.title(), order.city(), order.kind(), order.description());
        }
    }

    private final JobOrders jobOrders;

    JobsController(JobOrders jobOrders) {
        this.jobOrders = jobOrders;
    }

    @GetMapping("/jobs")
    ModelAndView open() {
        List<PublicJob> jobs = jobOrders.open().stream().map(PublicJob::of).toList();
        return new ModelAndView("site/jobs").addObject("jobs", jobs);
    }
}

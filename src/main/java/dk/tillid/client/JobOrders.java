package dk.tillid.client;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job orders: what clients ask for. They hold no personal data, so reading them is not audited;
 * matching and placements (module placement) read them through this API.
 */
@Service
@Transactional
public class JobOrders {

    static final int OPEN_LIMIT = 500;

    private final JobOrderRepository repository;
    private final ClientRepository clients;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JobOrders(JobOrderRepository repository, ClientRepository clients, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.clients = clients;
        this.events = events;
        this.clock = clock;
    }

    public JobOrderId place(ClientId client, JobOrderDetails details) {
        if (clients.find(client).isEmpty()) {
            throw new UnknownClientException("client");
        }
        JobOrderId id = JobOrderId.random();
        repository.insert(id, client, details, clock.instant());
        events.publishEvent(new JobOrderOpened(id));
        return id;
    }

    void revise(JobOrderId id, JobOrderDetails details) {
        if (!get(id).isOpen()) {
            throw new IllegalStateException("Only an open job order can be changed");
        }
        repository.update(id, details);
    }

    @Transactional(readOnly = true)
    public Optional<JobOrder> find(JobOrderId id) {
        return repository.find(id);
    }

    /** @throws UnknownClientException (404) when there is no such order */
    @Transactional(readOnly = true)
    public JobOrder get(JobOrderId id) {
        return repository.find(id).orElseThrow(() -> new UnknownClientException("job order"));
    }

    /** Open orders, those starting first first (at most {@value #OPEN_LIMIT}). */
    @Transactional(readOnly = true)
    public List<JobOrder> open() {
        return repository.open(OPEN_LIMIT);
    }

    /** Open orders placed at or after {@code since}, oldest first (at most {@value #OPEN_LIMIT}). */
    @Transactional(readOnly = true)
    public List<JobOrder> openPlacedSince(java.time.Instant since) {
        return repository.openPlacedSince(since, OPEN_LIMIT);
    }

    @Transactional(readOnly = true)
    public List<JobOrder> ofClient(ClientId client) {
        return repository.ofClient(client);
    }

    /** The client got the people they asked for. */
    public void fill(JobOrderId id) {
        move(id, JobOrder.Status.OPEN, JobOrder.Status.FILLED);
    }

    /** The client no longer needs anyone. */
    public void close(JobOrderId id) {
        move(id, JobOrder.Status.OPEN, JobOrder.Status.CLOSED);
    }

    /** A filled or closed order is needed again (someone left, the client changed their mind). */
    public void reopen(JobOrderId id) {
        JobOrder order = get(id);
        if (order.isOpen()) {
            throw new IllegalStateException("The job order is already open");
        }
        repository.changeStatus(id, order.status(), JobOrder.Status.OPEN);
        events.publishEvent(new JobOrderOpened(id));
    }

    private void move(JobOrderId id, JobOrder.Status from, JobOrder.Status to) {
        get(id);
        if (!repository.changeStatus(id, from, to)) {
            throw new IllegalStateException("Only an open job order can become " + to.name().toLowerCase());
        }
    }
}

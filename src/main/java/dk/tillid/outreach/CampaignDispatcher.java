package dk.tillid.outreach;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import dk.tillid.notification.Notifications;
import dk.tillid.person.PersonId;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.Actor;
import dk.tillid.privacy.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends campaigns in the background, a page of consenting people per transaction: each person the
 * audience fits is either queued in the outbox (bulk, with its unsubscribe link) or recorded as
 * suppressed with the reason. The campaign row is locked per page (SKIP LOCKED), so several
 * instances share the work without doing a page twice; a crash loses at most the page at hand,
 * which is done again. A campaign is sent once every recipient's mail is settled.
 */
@Component
class CampaignDispatcher implements DisposableBean {

    static final Actor ACTOR = Actor.system("campaign-dispatcher");
    private static final Logger log = LoggerFactory.getLogger(CampaignDispatcher.class);

    private final CampaignRepository campaigns;
    private final AudienceQuery audience;
    private final CampaignMail mail;
    private final MailPreferences preferences;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tillid-campaigns");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean runQueued = new AtomicBoolean();

    CampaignDispatcher(CampaignRepository campaigns, AudienceQuery audience, CampaignMail mail, MailPreferences preferences,
                       Notifications notifications, AuditTrail audit, Clock clock, PlatformTransactionManager transactionManager) {
        this.campaigns = campaigns;
        this.audience = audience;
        this.mail = mail;
        this.preferences = preferences;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void started(Campaigns.SendingStarted event) {
        kick();
    }

    @Scheduled(fixedDelayString = "${tillid.outreach.dispatch-interval:2s}")
    void kick() {
        if (runQueued.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    runQueued.set(false);
                    try {
                        dispatch();
                    } catch (RuntimeException failure) {
                        // The page rolled back and is done again at the next run; the message may hold data.
                        log.error("Sending campaigns failed: {}", failure.getClass().getName());
                    }
                });
            } catch (RejectedExecutionException shuttingDown) {
                runQueued.set(false);
            }
        }
    }

    /** Finds every waiting recipient of every campaign being sent, then closes the campaigns that are done. */
    int dispatch() {
        int pages = 0;
        while (Boolean.TRUE.equals(transactions.execute(status -> audit.actingAs(ACTOR, this::fanOutPage)))) {
            pages++;
        }
        transactions.executeWithoutResult(status -> campaigns.finishSettled(clock.instant()));
        return pages;
    }

    /** One page of one campaign; false when no campaign has recipients left to find. */
    private boolean fanOutPage() {
        var claimed = campaigns.claimFanOut();
        if (claimed.isEmpty()) {
            return false;
        }
        CampaignRepository.FanOut fanOut = claimed.get();
        Campaign campaign = campaigns.find(fanOut.id()).orElseThrow();
        AudienceQuery.Page page = audience.page(campaign.audience(),
                fanOut.after() == null ? null : new SubjectId(fanOut.after()));
        List<AudienceQuery.Prospect> prospects = page.prospects();
        Map<PersonId, Locale> languages = preferences.languages(prospects.stream().map(AudienceQuery.Prospect::id).toList());
        List<CampaignRepository.Decided> decided = new ArrayList<>(prospects.size());
        List<SubjectId> mailed = new ArrayList<>();
        for (AudienceQuery.Prospect prospect : prospects) {
            if (prospect.barred().isPresent()) {
                decided.add(new CampaignRepository.Decided(prospect.id(), CampaignRepository.RecipientStatus.SUPPRESSED,
                        prospect.barred().get(), null));
                continue;
            }
            BulkMail bulk = mail.to(prospect.id(), prospect.email(), campaign.texts(), languages.get(prospect.id()));
            UUID outboxId = notifications.sendBulk(bulk.email(), bulk.unsubscribeUrl());
            decided.add(new CampaignRepository.Decided(prospect.id(), CampaignRepository.RecipientStatus.QUEUED, null, outboxId));
            mailed.add(prospect.id().subject());
        }
        campaigns.record(fanOut.id(), decided, clock.instant());
        if (!mailed.isEmpty()) {
            // The address was read to write to them (P-PUR-2).
            audit.read(mailed, PurposeId.MARKETING, Campaigns.CATEGORY);
        }
        campaigns.advanceFanOut(fanOut.id(), page.last() == null ? fanOut.after() : page.last().value(), page.last() == null);
        return true;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}

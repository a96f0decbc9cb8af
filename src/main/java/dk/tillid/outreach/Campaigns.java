package dk.tillid.outreach;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's work with campaigns: write and revise a draft, preview who would receive it now, send it
 * once, stop it, follow its progress. Sending only marks the campaign; the {@link CampaignDispatcher}
 * finds the recipients in the background, so a campaign to many people never holds up a request.
 * Consent is read when each recipient is found and again when each mail leaves, never from the preview.
 */
@Service
@Transactional
class Campaigns {

    static final int SAMPLE = 20;
    static final int LIST_LIMIT = 100;
    /** What the preview and sample show of a person. */
    static final String CATEGORY = "P-DATA-1";

    /** Who would receive the campaign if it were sent now. */
    record Preview(int recipients, Map<String, Integer> barred, List<String> sample) {

        // Public, as every method the campaign page calls: SpEL calls public methods only.
        public int barredTotal() {
            return barred.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Where a campaign's sending stands. */
    record Progress(Campaign.Status status, boolean recipientsFound, Map<CampaignRepository.RecipientStatus, Integer> counts,
                    Map<String, Integer> suppressedReasons) {

        // Public, as every method the campaign page calls: SpEL calls public methods only.
        public int decided() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int settled() {
            return decided() - counts.get(CampaignRepository.RecipientStatus.QUEUED);
        }

        /** Whole percent of the recipients found so far whose mail is settled. */
        public int percent() {
            return decided() == 0 ? (recipientsFound ? 100 : 0) : (int) (100L * settled() / decided());
        }
    }

    /** Published when a campaign starts sending, with its id only. */
    record SendingStarted(CampaignId id) {
    }

    private final CampaignRepository repository;
    private final AudienceQuery audience;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Campaigns(CampaignRepository repository, AudienceQuery audience, AuditTrail audit, ApplicationEventPublisher events,
              Clock clock) {
        this.repository = repository;
        this.audience = audience;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    CampaignId create(CampaignForm form) {
        Campaign campaign = Campaign.draft(form.name(), form.texts(), form.audience(), clock.instant(), actor());
        repository.insert(campaign);
        return campaign.id();
    }

    void revise(CampaignId id, CampaignForm form) {
        Campaign campaign = locked(id);
        campaign.revise(form.name(), form.texts(), form.audience());
        repository.update(campaign);
    }

    @Transactional(readOnly = true)
    Campaign get(CampaignId id) {
        return repository.find(id).orElseThrow(UnknownCampaignException::new);
    }

    @Transactional(readOnly = true)
    List<Campaign> newest() {
        return repository.newest(LIST_LIMIT);
    }

    /**
     * Everyone the campaign would reach if sent now, counted, and why the others it fits would not be
     * mailed; the first {@value #SAMPLE} by name, which is recorded as a read of their names.
     */
    @Transactional(readOnly = true)
    Preview preview(CampaignId id) {
        Audience criteria = get(id).audience();
        int recipients = 0;
        Map<String, Integer> barred = new TreeMap<>();
        List<AudienceQuery.Prospect> sample = new ArrayList<>();
        SubjectId after = null;
        do {
            AudienceQuery.Page page = audience.page(criteria, after);
            for (AudienceQuery.Prospect prospect : page.prospects()) {
                if (prospect.barred().isPresent()) {
                    barred.merge(prospect.barred().get(), 1, Integer::sum);
                } else {
                    recipients++;
                    if (sample.size() < SAMPLE) {
                        sample.add(prospect);
                    }
                }
            }
            after = page.last();
        } while (after != null);
        if (!sample.isEmpty()) {
            audit.read(sample.stream().map(prospect -> prospect.id().subject()).toList(), PurposeId.MARKETING, CATEGORY);
        }
        return new Preview(recipients, barred, sample.stream().map(AudienceQuery.Prospect::name).sorted().toList());
    }

    void send(CampaignId id) {
        Campaign campaign = locked(id);
        campaign.startSending(clock.instant(), actor());
        repository.update(campaign);
        events.publishEvent(new SendingStarted(id));
    }

    void cancel(CampaignId id) {
        Campaign campaign = locked(id);
        campaign.cancel(clock.instant());
        repository.update(campaign);
    }

    @Transactional(readOnly = true)
    Progress progress(CampaignId id) {
        Campaign campaign = get(id);
        boolean found = repository.fanOut(id).map(CampaignRepository.FanOut::done).orElse(false);
        return new Progress(campaign.status(), found, repository.counts(id), repository.suppressedReasons(id));
    }

    private Campaign locked(CampaignId id) {
        return repository.lock(id).orElseThrow(UnknownCampaignException::new);
    }

    private String actor() {
        return audit.currentActor().toString();
    }
}

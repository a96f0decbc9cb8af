/**
 * What the agency sends people on its own initiative: job alerts for the jobs their profile fits
 * (P-PUR-1) and newsletters and campaigns to those who opted in (P-PUR-2), each checked again just
 * before it leaves, each with a one-click unsubscribe, and the person's choices about them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach")
package dk.tillid.outreach;

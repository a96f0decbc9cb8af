/**
 * The documents a person hands the agency (CVs, certificates, references): refused unless they are
 * what they claim, stripped of metadata, stored encrypted with the person's key, searchable by text.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Document")
package dk.tillid.document;

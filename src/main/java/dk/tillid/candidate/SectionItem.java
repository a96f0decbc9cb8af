package dk.tillid.candidate;

import java.util.UUID;

/** One entry of a candidate's list section; its id lets a page or the API name it. */
public sealed interface SectionItem permits Education, Experience, Course, NextOfKin, Referee {

    UUID id();
}

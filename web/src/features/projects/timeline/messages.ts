/** Strings of a project's timeline and its monthly progress form. */
export interface TimelineMessages {
  heading: string;
}

export const timelineFa: TimelineMessages = {
  heading: 'روند پروژه',
};

export const timelineEn: TimelineMessages = {
  heading: 'Timeline',
};

/** A guide's page: `/guides/<department>/<slug>/` (guide ids are `<department>/<slug>`). */
export const guideUrl = (guideId: string): string => `/guides/${guideId}/`;

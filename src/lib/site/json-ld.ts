// schema.org GovernmentService for a guide page, so search engines can show the service, its
// provider, its channels and phones. Built from the corpus; the page only serialises it.
import { valueText as t } from '../../i18n/site.ts';
import type { Department } from '../schemas/index.ts';
import type { GuideEntry } from '../corpus/model.ts';
import { absoluteUrl, guideUrl } from './urls.ts';

type JsonLd = Record<string, unknown>;

export function governmentServiceJsonLd(
  guide: GuideEntry,
  department: Department | undefined,
  site: string | URL,
  /** The region the site serves (site.yaml `region`). */
  region: string,
): JsonLd {
  const { data } = guide;
  const locations =
    department?.locations.filter((l) => data.counter.locations.includes(l.id)) ?? [];
  const channels: JsonLd[] = [];
  if (data.online.url) {
    channels.push({
      '@type': 'ServiceChannel',
      name: t.onlineChannel(data.online.depth),
      serviceUrl: data.online.url,
      availableLanguage: 'zh-CN',
    });
  }
  for (const location of locations) {
    channels.push({
      '@type': 'ServiceChannel',
      name: `${location.name} ${location.window}`,
      serviceLocation: {
        '@type': 'Place',
        name: location.name,
        address: location.address,
        openingHours: location.hours,
      },
      ...(department
        ? {
            servicePhone: {
              '@type': 'ContactPoint',
              telephone: department.consultPhone,
              contactType: t.consultPhone,
            },
          }
        : {}),
    });
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: data.title,
    identifier: data.code,
    serviceType: data.type,
    url: absoluteUrl(guideUrl(guide.id), site),
    areaServed: { '@type': 'AdministrativeArea', name: region },
    audience: { '@type': 'Audience', audienceType: data.audience.join('、') },
    ...(department
      ? {
          provider: {
            '@type': 'GovernmentOrganization',
            name: department.name,
            address: department.address,
            telephone: department.consultPhone,
          },
        }
      : {}),
    availableChannel: channels,
    termsOfService: data.basis
      .map((b) => (b.article ? `${b.title} ${b.article}` : b.title))
      .join('；'),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

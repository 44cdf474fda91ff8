import { useTranslation } from 'react-i18next';
import type { LiveAnnouncement } from './refreshPlan';

/** The sentence the reader's live region says for a live change. */
export function useAnnouncementText(): (announcement: LiveAnnouncement) => string {
  const { t } = useTranslation();
  return (announcement) => {
    switch (announcement.kind) {
      case 'newComment':
        return announcement.organisation !== null
          ? t('live.announce.newComment', { name: announcement.name, organisation: announcement.organisation })
          : t('live.announce.newCommentNoOrganisation', { name: announcement.name });
      case 'newReply':
        return announcement.organisation !== null
          ? t('live.announce.newReply', { name: announcement.name, organisation: announcement.organisation })
          : t('live.announce.newReplyNoOrganisation', { name: announcement.name });
      case 'newVersion':
        return t('live.announce.newVersion', { name: announcement.name, message: announcement.message });
      case 'caughtUp':
        return t('live.announce.caughtUp', { count: announcement.count });
    }
  };
}

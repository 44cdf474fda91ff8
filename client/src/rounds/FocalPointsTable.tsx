import { useTranslation } from 'react-i18next';
import type { OrganisationFocalPoints } from '../api/roundTypes';

/** One organisation's people and which of them are focal points, for reading. */
export function FocalPointsTable({ organisation }: { organisation: OrganisationFocalPoints }) {
  const { t } = useTranslation();
  return (
    <table className="focal-table focal-organisation">
      <caption>{organisation.organisationName}</caption>
      <thead>
        <tr>
          <th scope="col">{t('focalPoints.columnPerson')}</th>
          <th scope="col">{t('focalPoints.columnTitle')}</th>
          <th scope="col">{t('focalPoints.columnFocalPoint')}</th>
        </tr>
      </thead>
      <tbody>
        {organisation.people.map((person) => (
          <tr key={person.id}>
            <th scope="row">{person.name}</th>
            <td>{person.title}</td>
            <td>{person.focalPoint ? t('focalPoints.yes') : t('focalPoints.no')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

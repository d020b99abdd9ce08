import * as migration_20261124_015951_initial from './20261124_015951_initial';
import * as migration_20261124_024133_pages from './20261124_024133_pages';
import * as migration_20261124_030821_engagement_templates from './20261124_030821_engagement_templates';
import * as migration_20261124_031027_contacts from './20261124_031027_contacts';
import * as migration_20261202_004529_content_releases from './20261202_004529_content_releases';
import * as migration_20261202_011500_rate_limits from './20261202_011500_rate_limits';
import * as migration_20261202_011622_platform_guide_threads from './20261202_011622_platform_guide_threads';
import * as migration_20261202_013319_national_review_task from './20261202_013319_national_review_task';
import * as migration_20261202_014240_no_lockout from './20261202_014240_no_lockout';
import * as migration_20261202_021530_merged_schema_snapshot from './20261202_021530_merged_schema_snapshot';
import * as migration_20261202_093309_roles_officer_candidate_invitations from './20261202_093309_roles_officer_candidate_invitations';
import * as migration_20261202_093506_incident_log from './20261202_093506_incident_log';
import * as migration_20261202_105306_merged_schema_snapshot_2 from './20261202_105306_merged_schema_snapshot_2';
import * as migration_20261202_124953_search from './20261202_124953_search';
import * as migration_20261202_125226_invitation_import_and_membership_end from './20261202_125226_invitation_import_and_membership_end';
import * as migration_20261202_125711_email_outbox_queue from './20261202_125711_email_outbox_queue';
import * as migration_20261202_125910_evidence from './20261202_125910_evidence';
import * as migration_20261202_130402_pages_translation_review from './20261202_130402_pages_translation_review';
import * as migration_20261202_130601_end_memberships_job from './20261202_130601_end_memberships_job';
import * as migration_20261202_143240_merged_schema_snapshot_3 from './20261202_143240_merged_schema_snapshot_3';
import * as migration_20261202_170615_incident_edit_delete_drafts from './20261202_170615_incident_edit_delete_drafts';
import * as migration_20261202_170738_incident_bundle from './20261202_170738_incident_bundle';
import * as migration_20261202_171330_webhook_delivery_status from './20261202_171330_webhook_delivery_status';
import * as migration_20261202_171411_incident_reports from './20261202_171411_incident_reports';
import * as migration_20261202_172610_report_deadlines_job from './20261202_172610_report_deadlines_job';
import * as migration_20261202_172930_incident_log_notices from './20261202_172930_incident_log_notices';
import * as migration_20261202_183714_merged_schema_snapshot_4 from './20261202_183714_merged_schema_snapshot_4';
import * as migration_20261203_061913_engagement_template_translation_record from './20261203_061913_engagement_template_translation_record';
import * as migration_20261203_061957_evidence_previews from './20261203_061957_evidence_previews';
import * as migration_20261203_062434_two_factor from './20261203_062434_two_factor';
import * as migration_20261203_062500_directory_search from './20261203_062500_directory_search';
import * as migration_20261203_063030_incident_helpers from './20261203_063030_incident_helpers';
import * as migration_20261203_074840_merged_schema_snapshot_5 from './20261203_074840_merged_schema_snapshot_5';

export const migrations = [
  {
    up: migration_20261124_015951_initial.up,
    down: migration_20261124_015951_initial.down,
    name: '20261124_015951_initial',
  },
  {
    up: migration_20261124_024133_pages.up,
    down: migration_20261124_024133_pages.down,
    name: '20261124_024133_pages',
  },
  {
    up: migration_20261124_030821_engagement_templates.up,
    down: migration_20261124_030821_engagement_templates.down,
    name: '20261124_030821_engagement_templates',
  },
  {
    up: migration_20261124_031027_contacts.up,
    down: migration_20261124_031027_contacts.down,
    name: '20261124_031027_contacts',
  },
  {
    up: migration_20261202_004529_content_releases.up,
    down: migration_20261202_004529_content_releases.down,
    name: '20261202_004529_content_releases',
  },
  {
    up: migration_20261202_011500_rate_limits.up,
    down: migration_20261202_011500_rate_limits.down,
    name: '20261202_011500_rate_limits',
  },
  {
    up: migration_20261202_011622_platform_guide_threads.up,
    down: migration_20261202_011622_platform_guide_threads.down,
    name: '20261202_011622_platform_guide_threads',
  },
  {
    up: migration_20261202_013319_national_review_task.up,
    down: migration_20261202_013319_national_review_task.down,
    name: '20261202_013319_national_review_task',
  },
  {
    up: migration_20261202_014240_no_lockout.up,
    down: migration_20261202_014240_no_lockout.down,
    name: '20261202_014240_no_lockout',
  },
  {
    up: migration_20261202_021530_merged_schema_snapshot.up,
    down: migration_20261202_021530_merged_schema_snapshot.down,
    name: '20261202_021530_merged_schema_snapshot',
  },
  {
    up: migration_20261202_093309_roles_officer_candidate_invitations.up,
    down: migration_20261202_093309_roles_officer_candidate_invitations.down,
    name: '20261202_093309_roles_officer_candidate_invitations',
  },
  {
    up: migration_20261202_093506_incident_log.up,
    down: migration_20261202_093506_incident_log.down,
    name: '20261202_093506_incident_log',
  },
  {
    up: migration_20261202_105306_merged_schema_snapshot_2.up,
    down: migration_20261202_105306_merged_schema_snapshot_2.down,
    name: '20261202_105306_merged_schema_snapshot_2',
  },
  {
    up: migration_20261202_124953_search.up,
    down: migration_20261202_124953_search.down,
    name: '20261202_124953_search',
  },
  {
    up: migration_20261202_125226_invitation_import_and_membership_end.up,
    down: migration_20261202_125226_invitation_import_and_membership_end.down,
    name: '20261202_125226_invitation_import_and_membership_end',
  },
  {
    up: migration_20261202_125711_email_outbox_queue.up,
    down: migration_20261202_125711_email_outbox_queue.down,
    name: '20261202_125711_email_outbox_queue',
  },
  {
    up: migration_20261202_125910_evidence.up,
    down: migration_20261202_125910_evidence.down,
    name: '20261202_125910_evidence',
  },
  {
    up: migration_20261202_130402_pages_translation_review.up,
    down: migration_20261202_130402_pages_translation_review.down,
    name: '20261202_130402_pages_translation_review',
  },
  {
    up: migration_20261202_130601_end_memberships_job.up,
    down: migration_20261202_130601_end_memberships_job.down,
    name: '20261202_130601_end_memberships_job',
  },
  {
    up: migration_20261202_143240_merged_schema_snapshot_3.up,
    down: migration_20261202_143240_merged_schema_snapshot_3.down,
    name: '20261202_143240_merged_schema_snapshot_3',
  },
  {
    up: migration_20261202_170615_incident_edit_delete_drafts.up,
    down: migration_20261202_170615_incident_edit_delete_drafts.down,
    name: '20261202_170615_incident_edit_delete_drafts',
  },
  {
    up: migration_20261202_170738_incident_bundle.up,
    down: migration_20261202_170738_incident_bundle.down,
    name: '20261202_170738_incident_bundle',
  },
  {
    up: migration_20261202_171330_webhook_delivery_status.up,
    down: migration_20261202_171330_webhook_delivery_status.down,
    name: '20261202_171330_webhook_delivery_status',
  },
  {
    up: migration_20261202_171411_incident_reports.up,
    down: migration_20261202_171411_incident_reports.down,
    name: '20261202_171411_incident_reports',
  },
  {
    up: migration_20261202_172610_report_deadlines_job.up,
    down: migration_20261202_172610_report_deadlines_job.down,
    name: '20261202_172610_report_deadlines_job',
  },
  {
    up: migration_20261202_172930_incident_log_notices.up,
    down: migration_20261202_172930_incident_log_notices.down,
    name: '20261202_172930_incident_log_notices',
  },
  {
    up: migration_20261202_183714_merged_schema_snapshot_4.up,
    down: migration_20261202_183714_merged_schema_snapshot_4.down,
    name: '20261202_183714_merged_schema_snapshot_4',
  },
  {
    up: migration_20261203_061913_engagement_template_translation_record.up,
    down: migration_20261203_061913_engagement_template_translation_record.down,
    name: '20261203_061913_engagement_template_translation_record',
  },
  {
    up: migration_20261203_061957_evidence_previews.up,
    down: migration_20261203_061957_evidence_previews.down,
    name: '20261203_061957_evidence_previews',
  },
  {
    up: migration_20261203_062434_two_factor.up,
    down: migration_20261203_062434_two_factor.down,
    name: '20261203_062434_two_factor',
  },
  {
    up: migration_20261203_062500_directory_search.up,
    down: migration_20261203_062500_directory_search.down,
    name: '20261203_062500_directory_search',
  },
  {
    up: migration_20261203_063030_incident_helpers.up,
    down: migration_20261203_063030_incident_helpers.down,
    name: '20261203_063030_incident_helpers',
  },
  {
    up: migration_20261203_074840_merged_schema_snapshot_5.up,
    down: migration_20261203_074840_merged_schema_snapshot_5.down,
    name: '20261203_074840_merged_schema_snapshot_5',
  }
];

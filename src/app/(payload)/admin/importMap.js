import { ColourField as ColourField_c1f262e4652c53b176fe829638bee532 } from '../../../collections/Tenants/components/ColourField.client'
import { WatchTenantCollection as WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { NewCouncilLink as NewCouncilLink_72b60cb810aa866f2d8e63f261e3f5c9 } from '../../../collections/Tenants/components/NewCouncilLink'
import { RoleFilter as RoleFilter_1ac2cd27731d3089f329e6c25e1403d6 } from '../../../collections/Users/components/RoleFilter'
import { EndMembershipsLink as EndMembershipsLink_d1e09826ea8fdb7cc5a327e4a78b0c7d } from '../../../collections/Users/components/EndMembershipsLink'
import { TenantField as TenantField_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { ResendButton as ResendButton_d5ace2d7743ade59687964ce7be00d63 } from '../../../collections/Invitations/components/ResendButton.client'
import { ImportLink as ImportLink_f676bd20f75867d725bf7304194ef107 } from '../../../collections/Invitations/components/ImportLink'
import { AssignTenantFieldTrigger as AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { DriftNotice as DriftNotice_a51c836c79341800eae0ecb38f15e007 } from '../../../collections/Pages/components/DriftNotice.client'
import { TailorButton as TailorButton_dd1e2fe9e3d39a4d97a407a63e0fae43 } from '../../../admin/TailorButton.client'
import { LiveLink as LiveLink_6947bdc1c78819846935be7abde23616 } from '../../../admin/LiveLink.client'
import { PhoneField as PhoneField_f02b873f719cc0bfa7aef03fb787b9d9 } from '../../../collections/Contacts/components/PhoneField.client'
import { VerifiedTodayButton as VerifiedTodayButton_5ff261cb1e2db5ea5cb7dfff18b3c1a4 } from '../../../collections/Contacts/components/VerifiedTodayButton.client'
import { SnapshotField as SnapshotField_7835c565f7d02da8a62acde529872073 } from '../../../collections/IncidentReports/components/SnapshotField.client'
import { TwoFactorNavLink as TwoFactorNavLink_f12496be8adb84391fdbec5ebd45e510 } from '../../../collections/TwoFactorCredentials/admin/NavLink.client'
import { CouncilPanel as CouncilPanel_0b46563a7feb2dd19981aeb806d38433 } from '../../../admin/Dashboard/CouncilPanel'
import { SetupPanel as SetupPanel_f5c414a724f7a209f3eab4cbdb9b08a8 } from '../../../admin/Dashboard/SetupPanel'
import { BouncedEmailsPanel as BouncedEmailsPanel_a488454495109af9b6a3da379526fcc5 } from '../../../collections/EmailOutbox/components/BouncedEmailsPanel'
import { StaleContactsPanel as StaleContactsPanel_398883eacc37c81074df47a4d287f4e4 } from '../../../collections/Contacts/components/StaleContactsPanel'
import { NationalReviewPanel as NationalReviewPanel_e974aad25f9dbf803453211b604ba765 } from '../../../collections/Pages/components/NationalReviewPanel'
import { TenantSelector as TenantSelector_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { NationalToolkitNavLink as NationalToolkitNavLink_66f59da7f58924eb9dddfa1e2c3c3c46 } from '../../../admin/NationalToolkit/NavLink.client'
import { TranslationsNavLink as TranslationsNavLink_7192768d078c39623805a105c1ae48d4 } from '../../../admin/Translations/NavLink.client'
import { ReportStatisticsNavLink as ReportStatisticsNavLink_3a5d187a659318b0d98fb9ec6b8f22a5 } from '../../../admin/ReportStatistics/NavLink.client'
import { TenantSelectionProvider as TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { AdminSignInView as AdminSignInView_a78df7b7b890179d30096e6026f415fb } from '../../../collections/TwoFactorCredentials/admin/SignInView'
import { AdminTwoFactorView as AdminTwoFactorView_6a472603f61252f9d2ad61fb6707ab0d } from '../../../collections/TwoFactorCredentials/admin/TwoFactorView'
import { AdminRecoveryCodesView as AdminRecoveryCodesView_38960c34632b31c4e48a26232b0fca00 } from '../../../collections/TwoFactorCredentials/admin/RecoveryCodesView'
import { NationalToolkitView as NationalToolkitView_77343fbb58036e641cc3f0534503e038 } from '../../../admin/NationalToolkit/NationalToolkitView'
import { ImportInvitationsView as ImportInvitationsView_146f853c728ec79076ccc6c4024e3b13 } from '../../../collections/Invitations/components/ImportView'
import { NewCouncilView as NewCouncilView_92f040aa19f86b9a596fae30607a5283 } from '../../../collections/Tenants/components/NewCouncilView'
import { TranslationsView as TranslationsView_41df9f0624f2151b29cf4e8e0f13afea } from '../../../admin/Translations/TranslationsView'
import { TranslationReviewView as TranslationReviewView_f2cae2b935205350c2279085e1f6226a } from '../../../admin/Translations/ReviewView'
import { EndMembershipsView as EndMembershipsView_39580ca95c4a000269118755da02ab1e } from '../../../collections/Users/components/EndMembershipsView'
import { ReportStatisticsView as ReportStatisticsView_c33b5b3ca711112e6db4be30e6dc3207 } from '../../../admin/ReportStatistics/ReportStatisticsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/collections/Tenants/components/ColourField.client#ColourField": ColourField_c1f262e4652c53b176fe829638bee532,
  "@payloadcms/plugin-multi-tenant/client#WatchTenantCollection": WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a,
  "/collections/Tenants/components/NewCouncilLink#NewCouncilLink": NewCouncilLink_72b60cb810aa866f2d8e63f261e3f5c9,
  "/collections/Users/components/RoleFilter#RoleFilter": RoleFilter_1ac2cd27731d3089f329e6c25e1403d6,
  "/collections/Users/components/EndMembershipsLink#EndMembershipsLink": EndMembershipsLink_d1e09826ea8fdb7cc5a327e4a78b0c7d,
  "@payloadcms/plugin-multi-tenant/client#TenantField": TenantField_1d0591e3cf4f332c83a86da13a0de59a,
  "/collections/Invitations/components/ResendButton.client#ResendButton": ResendButton_d5ace2d7743ade59687964ce7be00d63,
  "/collections/Invitations/components/ImportLink#ImportLink": ImportLink_f676bd20f75867d725bf7304194ef107,
  "@payloadcms/plugin-multi-tenant/client#AssignTenantFieldTrigger": AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/collections/Pages/components/DriftNotice.client#DriftNotice": DriftNotice_a51c836c79341800eae0ecb38f15e007,
  "/admin/TailorButton.client#TailorButton": TailorButton_dd1e2fe9e3d39a4d97a407a63e0fae43,
  "/admin/LiveLink.client#LiveLink": LiveLink_6947bdc1c78819846935be7abde23616,
  "/collections/Contacts/components/PhoneField.client#PhoneField": PhoneField_f02b873f719cc0bfa7aef03fb787b9d9,
  "/collections/Contacts/components/VerifiedTodayButton.client#VerifiedTodayButton": VerifiedTodayButton_5ff261cb1e2db5ea5cb7dfff18b3c1a4,
  "/collections/IncidentReports/components/SnapshotField.client#SnapshotField": SnapshotField_7835c565f7d02da8a62acde529872073,
  "/collections/TwoFactorCredentials/admin/NavLink.client#TwoFactorNavLink": TwoFactorNavLink_f12496be8adb84391fdbec5ebd45e510,
  "/admin/Dashboard/CouncilPanel#CouncilPanel": CouncilPanel_0b46563a7feb2dd19981aeb806d38433,
  "/admin/Dashboard/SetupPanel#SetupPanel": SetupPanel_f5c414a724f7a209f3eab4cbdb9b08a8,
  "/collections/EmailOutbox/components/BouncedEmailsPanel#BouncedEmailsPanel": BouncedEmailsPanel_a488454495109af9b6a3da379526fcc5,
  "/collections/Contacts/components/StaleContactsPanel#StaleContactsPanel": StaleContactsPanel_398883eacc37c81074df47a4d287f4e4,
  "/collections/Pages/components/NationalReviewPanel#NationalReviewPanel": NationalReviewPanel_e974aad25f9dbf803453211b604ba765,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelector": TenantSelector_d6d5f193a167989e2ee7d14202901e62,
  "/admin/NationalToolkit/NavLink.client#NationalToolkitNavLink": NationalToolkitNavLink_66f59da7f58924eb9dddfa1e2c3c3c46,
  "/admin/Translations/NavLink.client#TranslationsNavLink": TranslationsNavLink_7192768d078c39623805a105c1ae48d4,
  "/admin/ReportStatistics/NavLink.client#ReportStatisticsNavLink": ReportStatisticsNavLink_3a5d187a659318b0d98fb9ec6b8f22a5,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelectionProvider": TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62,
  "/collections/TwoFactorCredentials/admin/SignInView#AdminSignInView": AdminSignInView_a78df7b7b890179d30096e6026f415fb,
  "/collections/TwoFactorCredentials/admin/TwoFactorView#AdminTwoFactorView": AdminTwoFactorView_6a472603f61252f9d2ad61fb6707ab0d,
  "/collections/TwoFactorCredentials/admin/RecoveryCodesView#AdminRecoveryCodesView": AdminRecoveryCodesView_38960c34632b31c4e48a26232b0fca00,
  "/admin/NationalToolkit/NationalToolkitView#NationalToolkitView": NationalToolkitView_77343fbb58036e641cc3f0534503e038,
  "/collections/Invitations/components/ImportView#ImportInvitationsView": ImportInvitationsView_146f853c728ec79076ccc6c4024e3b13,
  "/collections/Tenants/components/NewCouncilView#NewCouncilView": NewCouncilView_92f040aa19f86b9a596fae30607a5283,
  "/admin/Translations/TranslationsView#TranslationsView": TranslationsView_41df9f0624f2151b29cf4e8e0f13afea,
  "/admin/Translations/ReviewView#TranslationReviewView": TranslationReviewView_f2cae2b935205350c2279085e1f6226a,
  "/collections/Users/components/EndMembershipsView#EndMembershipsView": EndMembershipsView_39580ca95c4a000269118755da02ab1e,
  "/admin/ReportStatistics/ReportStatisticsView#ReportStatisticsView": ReportStatisticsView_c33b5b3ca711112e6db4be30e6dc3207,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}

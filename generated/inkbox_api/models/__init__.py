"""Contains all the data models used in inputs/outputs.

Models are imported on first use (PEP 562): importing one endpoint module must not pay for
every model in the spec.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .agent_identity_create import AgentIdentityCreate
    from .agent_identity_status import AgentIdentityStatus
    from .agent_identity_summary import AgentIdentitySummary
    from .agent_identity_update import AgentIdentityUpdate
    from .agent_signup_invitation_status import AgentSignupInvitationStatus
    from .agent_signup_invitation_summary import AgentSignupInvitationSummary
    from .agent_signup_request import AgentSignupRequest
    from .agent_signup_resend_response import AgentSignupResendResponse
    from .agent_signup_response import AgentSignupResponse
    from .agent_signup_status_response import AgentSignupStatusResponse
    from .agent_signup_verify_request import AgentSignupVerifyRequest
    from .agent_signup_verify_response import AgentSignupVerifyResponse
    from .api_key import ApiKey
    from .api_key_create import ApiKeyCreate
    from .api_key_status import ApiKeyStatus
    from .assign_mailbox_request import AssignMailboxRequest
    from .assign_phone_number_request import AssignPhoneNumberRequest
    from .attachment_url import AttachmentUrl
    from .call_connection_kind import CallConnectionKind
    from .call_connection_status import CallConnectionStatus
    from .call_connection_trigger import CallConnectionTrigger
    from .call_correspondence_item import CallCorrespondenceItem
    from .call_forwarding_status import CallForwardingStatus
    from .call_forwarding_trigger import CallForwardingTrigger
    from .call_mode import CallMode
    from .call_origin import CallOrigin
    from .communication_policy_revision_conflict_detail import (
        CommunicationPolicyRevisionConflictDetail,
    )
    from .contact import Contact
    from .contact_access_grant import ContactAccessGrant
    from .contact_access_settings import ContactAccessSettings
    from .contact_access_settings_update import ContactAccessSettingsUpdate
    from .contact_address import ContactAddress
    from .contact_address_input import ContactAddressInput
    from .contact_address_kind import ContactAddressKind
    from .contact_address_permission import ContactAddressPermission
    from .contact_address_update import ContactAddressUpdate
    from .contact_bulk_delete_request import ContactBulkDeleteRequest
    from .contact_bulk_delete_result import ContactBulkDeleteResult
    from .contact_bulk_delete_result_item import ContactBulkDeleteResultItem
    from .contact_bulk_delete_status import ContactBulkDeleteStatus
    from .contact_channel_access import ContactChannelAccess
    from .contact_channel_access_update import ContactChannelAccessUpdate
    from .contact_communication_policy import ContactCommunicationPolicy
    from .contact_communication_policy_page import ContactCommunicationPolicyPage
    from .contact_communication_policy_replace import ContactCommunicationPolicyReplace
    from .contact_communication_preview import ContactCommunicationPreview
    from .contact_correspondence import ContactCorrespondence
    from .contact_create import ContactCreate
    from .contact_create_permissions import ContactCreatePermissions
    from .contact_create_permissions_emails import ContactCreatePermissionsEmails
    from .contact_create_permissions_phones import ContactCreatePermissionsPhones
    from .contact_custom_field import ContactCustomField
    from .contact_date import ContactDate
    from .contact_date_input import ContactDateInput
    from .contact_decision import ContactDecision
    from .contact_email import ContactEmail
    from .contact_email_input import ContactEmailInput
    from .contact_fact import ContactFact
    from .contact_fact_citation import ContactFactCitation
    from .contact_fact_citation_availability import ContactFactCitationAvailability
    from .contact_fact_citation_detail import ContactFactCitationDetail
    from .contact_fact_citation_detail_source_locator import ContactFactCitationDetailSourceLocator
    from .contact_fact_citation_source_locator_type_0 import ContactFactCitationSourceLocatorType0
    from .contact_fact_create import ContactFactCreate
    from .contact_fact_delete_result import ContactFactDeleteResult
    from .contact_fact_kind import ContactFactKind
    from .contact_fact_origin import ContactFactOrigin
    from .contact_fact_update import ContactFactUpdate
    from .contact_identity_visibility_decisions import ContactIdentityVisibilityDecisions
    from .contact_import_result import ContactImportResult
    from .contact_import_result_item import ContactImportResultItem
    from .contact_import_status import ContactImportStatus
    from .contact_list_order import ContactListOrder
    from .contact_memory_summary import ContactMemorySummary
    from .contact_merge_request import ContactMergeRequest
    from .contact_merge_request_field_sources import ContactMergeRequestFieldSources
    from .contact_permission_effective import ContactPermissionEffective
    from .contact_permission_entry import ContactPermissionEntry
    from .contact_permission_page import ContactPermissionPage
    from .contact_permission_summary import ContactPermissionSummary
    from .contact_permission_visibility import ContactPermissionVisibility
    from .contact_permissions import ContactPermissions
    from .contact_permissions_emails import ContactPermissionsEmails
    from .contact_permissions_inbound_emails import ContactPermissionsInboundEmails
    from .contact_permissions_inbound_phones import ContactPermissionsInboundPhones
    from .contact_permissions_outbound_emails import ContactPermissionsOutboundEmails
    from .contact_permissions_outbound_phones import ContactPermissionsOutboundPhones
    from .contact_permissions_phones import ContactPermissionsPhones
    from .contact_permissions_update import ContactPermissionsUpdate
    from .contact_permissions_update_emails import ContactPermissionsUpdateEmails
    from .contact_permissions_update_inbound_emails import ContactPermissionsUpdateInboundEmails
    from .contact_permissions_update_inbound_phones import ContactPermissionsUpdateInboundPhones
    from .contact_permissions_update_outbound_emails import ContactPermissionsUpdateOutboundEmails
    from .contact_permissions_update_outbound_phones import ContactPermissionsUpdateOutboundPhones
    from .contact_permissions_update_phones import ContactPermissionsUpdatePhones
    from .contact_phone import ContactPhone
    from .contact_phone_input import ContactPhoneInput
    from .contact_review_status import ContactReviewStatus
    from .contact_rule_apply_to import ContactRuleApplyTo
    from .contact_rule_direction import ContactRuleDirection
    from .contact_rule_status import ContactRuleStatus
    from .contact_update import ContactUpdate
    from .contact_v_card_export_request import ContactVCardExportRequest
    from .contact_v_card_export_result import ContactVCardExportResult
    from .contact_visibility_decisions import ContactVisibilityDecisions
    from .contact_visibility_policy import ContactVisibilityPolicy
    from .contact_visibility_result import ContactVisibilityResult
    from .contact_website import ContactWebsite
    from .contact_website_input import ContactWebsiteInput
    from .correspondence_attachment_metadata import CorrespondenceAttachmentMetadata
    from .correspondence_channel import CorrespondenceChannel
    from .correspondence_channel_result import CorrespondenceChannelResult
    from .correspondence_channel_status import CorrespondenceChannelStatus
    from .correspondence_content_mode import CorrespondenceContentMode
    from .correspondence_direction import CorrespondenceDirection
    from .correspondence_media_metadata import CorrespondenceMediaMetadata
    from .correspondence_order import CorrespondenceOrder
    from .correspondence_transcript_entry import CorrespondenceTranscriptEntry
    from .correspondence_transcript_marker import CorrespondenceTranscriptMarker
    from .correspondence_transcript_mode import CorrespondenceTranscriptMode
    from .created_api_key import CreatedApiKey
    from .created_tunnel import CreatedTunnel
    from .domain_affiliation import DomainAffiliation
    from .domain_claim_state import DomainClaimState
    from .domain_txt_record import DomainTxtRecord
    from .draft_attachment import DraftAttachment
    from .draft_attachments_add import DraftAttachmentsAdd
    from .draft_create import DraftCreate
    from .draft_detail import DraftDetail
    from .draft_generation_conflict_detail import DraftGenerationConflictDetail
    from .draft_generation_request import DraftGenerationRequest
    from .draft_page import DraftPage
    from .draft_recipients import DraftRecipients
    from .draft_send_state import DraftSendState
    from .draft_summary import DraftSummary
    from .draft_update import DraftUpdate
    from .duplicate_contact_rule_detail import DuplicateContactRuleDetail
    from .email_attachment import EmailAttachment
    from .email_correspondence_item import EmailCorrespondenceItem
    from .email_recipients import EmailRecipients
    from .error_envelope import ErrorEnvelope
    from .error_envelope_detail_type_1 import ErrorEnvelopeDetailType1
    from .filter_mode import FilterMode
    from .filter_mode_change_notice import FilterModeChangeNotice
    from .forward_email_request import ForwardEmailRequest
    from .forward_mode import ForwardMode
    from .forward_recipients import ForwardRecipients
    from .forwarding_target_type import ForwardingTargetType
    from .grant_contact_access_request import GrantContactAccessRequest
    from .grant_note_access_request import GrantNoteAccessRequest
    from .grant_vault_secret_access_request import GrantVaultSecretAccessRequest
    from .hosted_agent_authority_mode import HostedAgentAuthorityMode
    from .hosted_agent_authority_mode_update import HostedAgentAuthorityModeUpdate
    from .hosted_agent_config import HostedAgentConfig
    from .hosted_agent_config_update import HostedAgentConfigUpdate
    from .hosted_agent_tool_invocation import HostedAgentToolInvocation
    from .hosted_agent_tool_invocation_page import HostedAgentToolInvocationPage
    from .hosted_agent_tool_invocation_result_type_0 import HostedAgentToolInvocationResultType0
    from .hosted_agent_tool_invocation_status import HostedAgentToolInvocationStatus
    from .hosted_agent_voice_catalog import HostedAgentVoiceCatalog
    from .hosted_agent_voice_option import HostedAgentVoiceOption
    from .i_message_correspondence_item import IMessageCorrespondenceItem
    from .identifier_permission import IdentifierPermission
    from .identity_domain_affiliation import IdentityDomainAffiliation
    from .identity_domain_affiliation_set import IdentityDomainAffiliationSet
    from .identity_i_message_number import IdentityIMessageNumber
    from .identity_mailbox import IdentityMailbox
    from .identity_mailbox_create import IdentityMailboxCreate
    from .identity_phone_number import IdentityPhoneNumber
    from .identity_phone_number_create import IdentityPhoneNumberCreate
    from .identity_tunnel_create import IdentityTunnelCreate
    from .incoming_call_action import IncomingCallAction
    from .incoming_call_action_config import IncomingCallActionConfig
    from .incoming_call_action_update import IncomingCallActionUpdate
    from .initialize_vault_request import InitializeVaultRequest
    from .mail_contact_rule import MailContactRule
    from .mail_contact_rule_create import MailContactRuleCreate
    from .mail_contact_rule_update import MailContactRuleUpdate
    from .mail_identity_contact_rule import MailIdentityContactRule
    from .mail_import_create import MailImportCreate
    from .mail_import_create_result import MailImportCreateResult
    from .mail_import_failure import MailImportFailure
    from .mail_import_format import MailImportFormat
    from .mail_import_job import MailImportJob
    from .mail_import_job_page import MailImportJobPage
    from .mail_import_job_status import MailImportJobStatus
    from .mail_import_upload_target import MailImportUploadTarget
    from .mail_import_upload_target_fields import MailImportUploadTargetFields
    from .mail_rule_action import MailRuleAction
    from .mail_rule_match_type import MailRuleMatchType
    from .mailbox import Mailbox
    from .mailbox_create import MailboxCreate
    from .mailbox_update import MailboxUpdate
    from .message import Message
    from .message_detail import MessageDetail
    from .message_detail_attachment_metadata_type_0_item import (
        MessageDetailAttachmentMetadataType0Item,
    )
    from .message_direction import MessageDirection
    from .message_page import MessagePage
    from .message_send_lookup import MessageSendLookup
    from .message_sender_kind import MessageSenderKind
    from .message_update import MessageUpdate
    from .note import Note
    from .note_access_grant import NoteAccessGrant
    from .note_create import NoteCreate
    from .note_list_order import NoteListOrder
    from .note_update import NoteUpdate
    from .on_voicemail import OnVoicemail
    from .organization_domain import OrganizationDomain
    from .organization_domain_create import OrganizationDomainCreate
    from .organization_domain_page import OrganizationDomainPage
    from .phone_call import PhoneCall
    from .phone_call_connection import PhoneCallConnection
    from .phone_call_forwarding import PhoneCallForwarding
    from .phone_call_with_rate_limit import PhoneCallWithRateLimit
    from .phone_contact_rule import PhoneContactRule
    from .phone_contact_rule_create import PhoneContactRuleCreate
    from .phone_contact_rule_update import PhoneContactRuleUpdate
    from .phone_identity_contact_rule import PhoneIdentityContactRule
    from .phone_number import PhoneNumber
    from .phone_number_type import PhoneNumberType
    from .phone_number_update import PhoneNumberUpdate
    from .phone_rule_action import PhoneRuleAction
    from .phone_rule_match_type import PhoneRuleMatchType
    from .phone_transcript import PhoneTranscript
    from .place_call_request import PlaceCallRequest
    from .post_call_action_item import PostCallActionItem
    from .provision_phone_number_request import ProvisionPhoneNumberRequest
    from .rate_limit_info import RateLimitInfo
    from .redundant_grant_detail import RedundantGrantDetail
    from .reply_all_recipients import ReplyAllRecipients
    from .reply_all_request import ReplyAllRequest
    from .rotated_tunnel_secret import RotatedTunnelSecret
    from .send_email_request import SendEmailRequest
    from .send_text_request import SendTextRequest
    from .sending_domain import SendingDomain
    from .sending_domain_status import SendingDomainStatus
    from .set_default_domain_response import SetDefaultDomainResponse
    from .sign_tunnel_csr_request import SignTunnelCsrRequest
    from .signed_cert import SignedCert
    from .signing_key import SigningKey
    from .signing_key_status import SigningKeyStatus
    from .signup_restrictions import SignupRestrictions
    from .slack_correspondence_item import SlackCorrespondenceItem
    from .sms_correspondence_item import SmsCorrespondenceItem
    from .sms_delivery_status import SmsDeliveryStatus
    from .sms_gating_detail import SmsGatingDetail
    from .sms_gating_error_code import SmsGatingErrorCode
    from .sms_opt_in import SmsOptIn
    from .sms_opt_in_source import SmsOptInSource
    from .sms_opt_in_status import SmsOptInStatus
    from .sms_status import SmsStatus
    from .text_conversation_summary import TextConversationSummary
    from .text_conversation_update import TextConversationUpdate
    from .text_conversation_update_result import TextConversationUpdateResult
    from .text_media import TextMedia
    from .text_message import TextMessage
    from .text_message_origin import TextMessageOrigin
    from .text_message_recipient import TextMessageRecipient
    from .text_message_update import TextMessageUpdate
    from .text_message_writable_status import TextMessageWritableStatus
    from .thread import Thread
    from .thread_detail import ThreadDetail
    from .thread_folder import ThreadFolder
    from .thread_page import ThreadPage
    from .thread_update import ThreadUpdate
    from .tls_mode import TLSMode
    from .transcript_party import TranscriptParty
    from .tunnel import Tunnel
    from .tunnel_create import TunnelCreate
    from .tunnel_list import TunnelList
    from .tunnel_metadata import TunnelMetadata
    from .tunnel_status import TunnelStatus
    from .tunnel_summary import TunnelSummary
    from .tunnel_update import TunnelUpdate
    from .tunnel_update_metadata_type_0 import TunnelUpdateMetadataType0
    from .update_vault_primary_key_request import UpdateVaultPrimaryKeyRequest
    from .vault_access_rule import VaultAccessRule
    from .vault_info import VaultInfo
    from .vault_initialize_response import VaultInitializeResponse
    from .vault_key import VaultKey
    from .vault_key_material import VaultKeyMaterial
    from .vault_key_type import VaultKeyType
    from .vault_secret import VaultSecret
    from .vault_secret_create import VaultSecretCreate
    from .vault_secret_detail import VaultSecretDetail
    from .vault_secret_type import VaultSecretType
    from .vault_secret_update import VaultSecretUpdate
    from .vault_unlock_bundle import VaultUnlockBundle
    from .vault_wrapped_key import VaultWrappedKey
    from .voicemail_detection import VoicemailDetection
    from .webhook_catalog import WebhookCatalog
    from .webhook_catalog_entry import WebhookCatalogEntry
    from .webhook_context_config import WebhookContextConfig
    from .webhook_delivery import WebhookDelivery
    from .webhook_delivery_list import WebhookDeliveryList
    from .webhook_subscription import WebhookSubscription
    from .webhook_subscription_create import WebhookSubscriptionCreate
    from .webhook_subscription_create_response import WebhookSubscriptionCreateResponse
    from .webhook_subscription_list import WebhookSubscriptionList
    from .webhook_subscription_scope import WebhookSubscriptionScope
    from .webhook_subscription_update import WebhookSubscriptionUpdate
    from .whoami_api_key_response import WhoamiApiKeyResponse
    from .whoami_jwt_response import WhoamiJwtResponse

_LAZY: dict[str, str] = {
    "AgentIdentityCreate": ".agent_identity_create",
    "AgentIdentityStatus": ".agent_identity_status",
    "AgentIdentitySummary": ".agent_identity_summary",
    "AgentIdentityUpdate": ".agent_identity_update",
    "AgentSignupInvitationStatus": ".agent_signup_invitation_status",
    "AgentSignupInvitationSummary": ".agent_signup_invitation_summary",
    "AgentSignupRequest": ".agent_signup_request",
    "AgentSignupResendResponse": ".agent_signup_resend_response",
    "AgentSignupResponse": ".agent_signup_response",
    "AgentSignupStatusResponse": ".agent_signup_status_response",
    "AgentSignupVerifyRequest": ".agent_signup_verify_request",
    "AgentSignupVerifyResponse": ".agent_signup_verify_response",
    "ApiKey": ".api_key",
    "ApiKeyCreate": ".api_key_create",
    "ApiKeyStatus": ".api_key_status",
    "AssignMailboxRequest": ".assign_mailbox_request",
    "AssignPhoneNumberRequest": ".assign_phone_number_request",
    "AttachmentUrl": ".attachment_url",
    "CallConnectionKind": ".call_connection_kind",
    "CallConnectionStatus": ".call_connection_status",
    "CallConnectionTrigger": ".call_connection_trigger",
    "CallCorrespondenceItem": ".call_correspondence_item",
    "CallForwardingStatus": ".call_forwarding_status",
    "CallForwardingTrigger": ".call_forwarding_trigger",
    "CallMode": ".call_mode",
    "CallOrigin": ".call_origin",
    "CommunicationPolicyRevisionConflictDetail": ".communication_policy_revision_conflict_detail",
    "Contact": ".contact",
    "ContactAccessGrant": ".contact_access_grant",
    "ContactAccessSettings": ".contact_access_settings",
    "ContactAccessSettingsUpdate": ".contact_access_settings_update",
    "ContactAddress": ".contact_address",
    "ContactAddressInput": ".contact_address_input",
    "ContactAddressKind": ".contact_address_kind",
    "ContactAddressPermission": ".contact_address_permission",
    "ContactAddressUpdate": ".contact_address_update",
    "ContactBulkDeleteRequest": ".contact_bulk_delete_request",
    "ContactBulkDeleteResult": ".contact_bulk_delete_result",
    "ContactBulkDeleteResultItem": ".contact_bulk_delete_result_item",
    "ContactBulkDeleteStatus": ".contact_bulk_delete_status",
    "ContactChannelAccess": ".contact_channel_access",
    "ContactChannelAccessUpdate": ".contact_channel_access_update",
    "ContactCommunicationPolicy": ".contact_communication_policy",
    "ContactCommunicationPolicyPage": ".contact_communication_policy_page",
    "ContactCommunicationPolicyReplace": ".contact_communication_policy_replace",
    "ContactCommunicationPreview": ".contact_communication_preview",
    "ContactCorrespondence": ".contact_correspondence",
    "ContactCreate": ".contact_create",
    "ContactCreatePermissions": ".contact_create_permissions",
    "ContactCreatePermissionsEmails": ".contact_create_permissions_emails",
    "ContactCreatePermissionsPhones": ".contact_create_permissions_phones",
    "ContactCustomField": ".contact_custom_field",
    "ContactDate": ".contact_date",
    "ContactDateInput": ".contact_date_input",
    "ContactDecision": ".contact_decision",
    "ContactEmail": ".contact_email",
    "ContactEmailInput": ".contact_email_input",
    "ContactFact": ".contact_fact",
    "ContactFactCitation": ".contact_fact_citation",
    "ContactFactCitationAvailability": ".contact_fact_citation_availability",
    "ContactFactCitationDetail": ".contact_fact_citation_detail",
    "ContactFactCitationDetailSourceLocator": ".contact_fact_citation_detail_source_locator",
    "ContactFactCitationSourceLocatorType0": ".contact_fact_citation_source_locator_type_0",
    "ContactFactCreate": ".contact_fact_create",
    "ContactFactDeleteResult": ".contact_fact_delete_result",
    "ContactFactKind": ".contact_fact_kind",
    "ContactFactOrigin": ".contact_fact_origin",
    "ContactFactUpdate": ".contact_fact_update",
    "ContactIdentityVisibilityDecisions": ".contact_identity_visibility_decisions",
    "ContactImportResult": ".contact_import_result",
    "ContactImportResultItem": ".contact_import_result_item",
    "ContactImportStatus": ".contact_import_status",
    "ContactListOrder": ".contact_list_order",
    "ContactMemorySummary": ".contact_memory_summary",
    "ContactMergeRequest": ".contact_merge_request",
    "ContactMergeRequestFieldSources": ".contact_merge_request_field_sources",
    "ContactPermissionEffective": ".contact_permission_effective",
    "ContactPermissionEntry": ".contact_permission_entry",
    "ContactPermissionPage": ".contact_permission_page",
    "ContactPermissionSummary": ".contact_permission_summary",
    "ContactPermissionVisibility": ".contact_permission_visibility",
    "ContactPermissions": ".contact_permissions",
    "ContactPermissionsEmails": ".contact_permissions_emails",
    "ContactPermissionsInboundEmails": ".contact_permissions_inbound_emails",
    "ContactPermissionsInboundPhones": ".contact_permissions_inbound_phones",
    "ContactPermissionsOutboundEmails": ".contact_permissions_outbound_emails",
    "ContactPermissionsOutboundPhones": ".contact_permissions_outbound_phones",
    "ContactPermissionsPhones": ".contact_permissions_phones",
    "ContactPermissionsUpdate": ".contact_permissions_update",
    "ContactPermissionsUpdateEmails": ".contact_permissions_update_emails",
    "ContactPermissionsUpdateInboundEmails": ".contact_permissions_update_inbound_emails",
    "ContactPermissionsUpdateInboundPhones": ".contact_permissions_update_inbound_phones",
    "ContactPermissionsUpdateOutboundEmails": ".contact_permissions_update_outbound_emails",
    "ContactPermissionsUpdateOutboundPhones": ".contact_permissions_update_outbound_phones",
    "ContactPermissionsUpdatePhones": ".contact_permissions_update_phones",
    "ContactPhone": ".contact_phone",
    "ContactPhoneInput": ".contact_phone_input",
    "ContactReviewStatus": ".contact_review_status",
    "ContactRuleApplyTo": ".contact_rule_apply_to",
    "ContactRuleDirection": ".contact_rule_direction",
    "ContactRuleStatus": ".contact_rule_status",
    "ContactUpdate": ".contact_update",
    "ContactVCardExportRequest": ".contact_v_card_export_request",
    "ContactVCardExportResult": ".contact_v_card_export_result",
    "ContactVisibilityDecisions": ".contact_visibility_decisions",
    "ContactVisibilityPolicy": ".contact_visibility_policy",
    "ContactVisibilityResult": ".contact_visibility_result",
    "ContactWebsite": ".contact_website",
    "ContactWebsiteInput": ".contact_website_input",
    "CorrespondenceAttachmentMetadata": ".correspondence_attachment_metadata",
    "CorrespondenceChannel": ".correspondence_channel",
    "CorrespondenceChannelResult": ".correspondence_channel_result",
    "CorrespondenceChannelStatus": ".correspondence_channel_status",
    "CorrespondenceContentMode": ".correspondence_content_mode",
    "CorrespondenceDirection": ".correspondence_direction",
    "CorrespondenceMediaMetadata": ".correspondence_media_metadata",
    "CorrespondenceOrder": ".correspondence_order",
    "CorrespondenceTranscriptEntry": ".correspondence_transcript_entry",
    "CorrespondenceTranscriptMarker": ".correspondence_transcript_marker",
    "CorrespondenceTranscriptMode": ".correspondence_transcript_mode",
    "CreatedApiKey": ".created_api_key",
    "CreatedTunnel": ".created_tunnel",
    "DomainAffiliation": ".domain_affiliation",
    "DomainClaimState": ".domain_claim_state",
    "DomainTxtRecord": ".domain_txt_record",
    "DraftAttachment": ".draft_attachment",
    "DraftAttachmentsAdd": ".draft_attachments_add",
    "DraftCreate": ".draft_create",
    "DraftDetail": ".draft_detail",
    "DraftGenerationConflictDetail": ".draft_generation_conflict_detail",
    "DraftGenerationRequest": ".draft_generation_request",
    "DraftPage": ".draft_page",
    "DraftRecipients": ".draft_recipients",
    "DraftSendState": ".draft_send_state",
    "DraftSummary": ".draft_summary",
    "DraftUpdate": ".draft_update",
    "DuplicateContactRuleDetail": ".duplicate_contact_rule_detail",
    "EmailAttachment": ".email_attachment",
    "EmailCorrespondenceItem": ".email_correspondence_item",
    "EmailRecipients": ".email_recipients",
    "ErrorEnvelope": ".error_envelope",
    "ErrorEnvelopeDetailType1": ".error_envelope_detail_type_1",
    "FilterMode": ".filter_mode",
    "FilterModeChangeNotice": ".filter_mode_change_notice",
    "ForwardEmailRequest": ".forward_email_request",
    "ForwardMode": ".forward_mode",
    "ForwardRecipients": ".forward_recipients",
    "ForwardingTargetType": ".forwarding_target_type",
    "GrantContactAccessRequest": ".grant_contact_access_request",
    "GrantNoteAccessRequest": ".grant_note_access_request",
    "GrantVaultSecretAccessRequest": ".grant_vault_secret_access_request",
    "HostedAgentAuthorityMode": ".hosted_agent_authority_mode",
    "HostedAgentAuthorityModeUpdate": ".hosted_agent_authority_mode_update",
    "HostedAgentConfig": ".hosted_agent_config",
    "HostedAgentConfigUpdate": ".hosted_agent_config_update",
    "HostedAgentToolInvocation": ".hosted_agent_tool_invocation",
    "HostedAgentToolInvocationPage": ".hosted_agent_tool_invocation_page",
    "HostedAgentToolInvocationResultType0": ".hosted_agent_tool_invocation_result_type_0",
    "HostedAgentToolInvocationStatus": ".hosted_agent_tool_invocation_status",
    "HostedAgentVoiceCatalog": ".hosted_agent_voice_catalog",
    "HostedAgentVoiceOption": ".hosted_agent_voice_option",
    "IMessageCorrespondenceItem": ".i_message_correspondence_item",
    "IdentifierPermission": ".identifier_permission",
    "IdentityDomainAffiliation": ".identity_domain_affiliation",
    "IdentityDomainAffiliationSet": ".identity_domain_affiliation_set",
    "IdentityIMessageNumber": ".identity_i_message_number",
    "IdentityMailbox": ".identity_mailbox",
    "IdentityMailboxCreate": ".identity_mailbox_create",
    "IdentityPhoneNumber": ".identity_phone_number",
    "IdentityPhoneNumberCreate": ".identity_phone_number_create",
    "IdentityTunnelCreate": ".identity_tunnel_create",
    "IncomingCallAction": ".incoming_call_action",
    "IncomingCallActionConfig": ".incoming_call_action_config",
    "IncomingCallActionUpdate": ".incoming_call_action_update",
    "InitializeVaultRequest": ".initialize_vault_request",
    "MailContactRule": ".mail_contact_rule",
    "MailContactRuleCreate": ".mail_contact_rule_create",
    "MailContactRuleUpdate": ".mail_contact_rule_update",
    "MailIdentityContactRule": ".mail_identity_contact_rule",
    "MailImportCreate": ".mail_import_create",
    "MailImportCreateResult": ".mail_import_create_result",
    "MailImportFailure": ".mail_import_failure",
    "MailImportFormat": ".mail_import_format",
    "MailImportJob": ".mail_import_job",
    "MailImportJobPage": ".mail_import_job_page",
    "MailImportJobStatus": ".mail_import_job_status",
    "MailImportUploadTarget": ".mail_import_upload_target",
    "MailImportUploadTargetFields": ".mail_import_upload_target_fields",
    "MailRuleAction": ".mail_rule_action",
    "MailRuleMatchType": ".mail_rule_match_type",
    "Mailbox": ".mailbox",
    "MailboxCreate": ".mailbox_create",
    "MailboxUpdate": ".mailbox_update",
    "Message": ".message",
    "MessageDetail": ".message_detail",
    "MessageDetailAttachmentMetadataType0Item": ".message_detail_attachment_metadata_type_0_item",
    "MessageDirection": ".message_direction",
    "MessagePage": ".message_page",
    "MessageSendLookup": ".message_send_lookup",
    "MessageSenderKind": ".message_sender_kind",
    "MessageUpdate": ".message_update",
    "Note": ".note",
    "NoteAccessGrant": ".note_access_grant",
    "NoteCreate": ".note_create",
    "NoteListOrder": ".note_list_order",
    "NoteUpdate": ".note_update",
    "OnVoicemail": ".on_voicemail",
    "OrganizationDomain": ".organization_domain",
    "OrganizationDomainCreate": ".organization_domain_create",
    "OrganizationDomainPage": ".organization_domain_page",
    "PhoneCall": ".phone_call",
    "PhoneCallConnection": ".phone_call_connection",
    "PhoneCallForwarding": ".phone_call_forwarding",
    "PhoneCallWithRateLimit": ".phone_call_with_rate_limit",
    "PhoneContactRule": ".phone_contact_rule",
    "PhoneContactRuleCreate": ".phone_contact_rule_create",
    "PhoneContactRuleUpdate": ".phone_contact_rule_update",
    "PhoneIdentityContactRule": ".phone_identity_contact_rule",
    "PhoneNumber": ".phone_number",
    "PhoneNumberType": ".phone_number_type",
    "PhoneNumberUpdate": ".phone_number_update",
    "PhoneRuleAction": ".phone_rule_action",
    "PhoneRuleMatchType": ".phone_rule_match_type",
    "PhoneTranscript": ".phone_transcript",
    "PlaceCallRequest": ".place_call_request",
    "PostCallActionItem": ".post_call_action_item",
    "ProvisionPhoneNumberRequest": ".provision_phone_number_request",
    "RateLimitInfo": ".rate_limit_info",
    "RedundantGrantDetail": ".redundant_grant_detail",
    "ReplyAllRecipients": ".reply_all_recipients",
    "ReplyAllRequest": ".reply_all_request",
    "RotatedTunnelSecret": ".rotated_tunnel_secret",
    "SendEmailRequest": ".send_email_request",
    "SendTextRequest": ".send_text_request",
    "SendingDomain": ".sending_domain",
    "SendingDomainStatus": ".sending_domain_status",
    "SetDefaultDomainResponse": ".set_default_domain_response",
    "SignTunnelCsrRequest": ".sign_tunnel_csr_request",
    "SignedCert": ".signed_cert",
    "SigningKey": ".signing_key",
    "SigningKeyStatus": ".signing_key_status",
    "SignupRestrictions": ".signup_restrictions",
    "SlackCorrespondenceItem": ".slack_correspondence_item",
    "SmsCorrespondenceItem": ".sms_correspondence_item",
    "SmsDeliveryStatus": ".sms_delivery_status",
    "SmsGatingDetail": ".sms_gating_detail",
    "SmsGatingErrorCode": ".sms_gating_error_code",
    "SmsOptIn": ".sms_opt_in",
    "SmsOptInSource": ".sms_opt_in_source",
    "SmsOptInStatus": ".sms_opt_in_status",
    "SmsStatus": ".sms_status",
    "TextConversationSummary": ".text_conversation_summary",
    "TextConversationUpdate": ".text_conversation_update",
    "TextConversationUpdateResult": ".text_conversation_update_result",
    "TextMedia": ".text_media",
    "TextMessage": ".text_message",
    "TextMessageOrigin": ".text_message_origin",
    "TextMessageRecipient": ".text_message_recipient",
    "TextMessageUpdate": ".text_message_update",
    "TextMessageWritableStatus": ".text_message_writable_status",
    "Thread": ".thread",
    "ThreadDetail": ".thread_detail",
    "ThreadFolder": ".thread_folder",
    "ThreadPage": ".thread_page",
    "ThreadUpdate": ".thread_update",
    "TLSMode": ".tls_mode",
    "TranscriptParty": ".transcript_party",
    "Tunnel": ".tunnel",
    "TunnelCreate": ".tunnel_create",
    "TunnelList": ".tunnel_list",
    "TunnelMetadata": ".tunnel_metadata",
    "TunnelStatus": ".tunnel_status",
    "TunnelSummary": ".tunnel_summary",
    "TunnelUpdate": ".tunnel_update",
    "TunnelUpdateMetadataType0": ".tunnel_update_metadata_type_0",
    "UpdateVaultPrimaryKeyRequest": ".update_vault_primary_key_request",
    "VaultAccessRule": ".vault_access_rule",
    "VaultInfo": ".vault_info",
    "VaultInitializeResponse": ".vault_initialize_response",
    "VaultKey": ".vault_key",
    "VaultKeyMaterial": ".vault_key_material",
    "VaultKeyType": ".vault_key_type",
    "VaultSecret": ".vault_secret",
    "VaultSecretCreate": ".vault_secret_create",
    "VaultSecretDetail": ".vault_secret_detail",
    "VaultSecretType": ".vault_secret_type",
    "VaultSecretUpdate": ".vault_secret_update",
    "VaultUnlockBundle": ".vault_unlock_bundle",
    "VaultWrappedKey": ".vault_wrapped_key",
    "VoicemailDetection": ".voicemail_detection",
    "WebhookCatalog": ".webhook_catalog",
    "WebhookCatalogEntry": ".webhook_catalog_entry",
    "WebhookContextConfig": ".webhook_context_config",
    "WebhookDelivery": ".webhook_delivery",
    "WebhookDeliveryList": ".webhook_delivery_list",
    "WebhookSubscription": ".webhook_subscription",
    "WebhookSubscriptionCreate": ".webhook_subscription_create",
    "WebhookSubscriptionCreateResponse": ".webhook_subscription_create_response",
    "WebhookSubscriptionList": ".webhook_subscription_list",
    "WebhookSubscriptionScope": ".webhook_subscription_scope",
    "WebhookSubscriptionUpdate": ".webhook_subscription_update",
    "WhoamiApiKeyResponse": ".whoami_api_key_response",
    "WhoamiJwtResponse": ".whoami_jwt_response",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_LAZY)


__all__ = (
    "AgentIdentityCreate",
    "AgentIdentityStatus",
    "AgentIdentitySummary",
    "AgentIdentityUpdate",
    "AgentSignupInvitationStatus",
    "AgentSignupInvitationSummary",
    "AgentSignupRequest",
    "AgentSignupResendResponse",
    "AgentSignupResponse",
    "AgentSignupStatusResponse",
    "AgentSignupVerifyRequest",
    "AgentSignupVerifyResponse",
    "ApiKey",
    "ApiKeyCreate",
    "ApiKeyStatus",
    "AssignMailboxRequest",
    "AssignPhoneNumberRequest",
    "AttachmentUrl",
    "CallConnectionKind",
    "CallConnectionStatus",
    "CallConnectionTrigger",
    "CallCorrespondenceItem",
    "CallForwardingStatus",
    "CallForwardingTrigger",
    "CallMode",
    "CallOrigin",
    "CommunicationPolicyRevisionConflictDetail",
    "Contact",
    "ContactAccessGrant",
    "ContactAccessSettings",
    "ContactAccessSettingsUpdate",
    "ContactAddress",
    "ContactAddressInput",
    "ContactAddressKind",
    "ContactAddressPermission",
    "ContactAddressUpdate",
    "ContactBulkDeleteRequest",
    "ContactBulkDeleteResult",
    "ContactBulkDeleteResultItem",
    "ContactBulkDeleteStatus",
    "ContactChannelAccess",
    "ContactChannelAccessUpdate",
    "ContactCommunicationPolicy",
    "ContactCommunicationPolicyPage",
    "ContactCommunicationPolicyReplace",
    "ContactCommunicationPreview",
    "ContactCorrespondence",
    "ContactCreate",
    "ContactCreatePermissions",
    "ContactCreatePermissionsEmails",
    "ContactCreatePermissionsPhones",
    "ContactCustomField",
    "ContactDate",
    "ContactDateInput",
    "ContactDecision",
    "ContactEmail",
    "ContactEmailInput",
    "ContactFact",
    "ContactFactCitation",
    "ContactFactCitationAvailability",
    "ContactFactCitationDetail",
    "ContactFactCitationDetailSourceLocator",
    "ContactFactCitationSourceLocatorType0",
    "ContactFactCreate",
    "ContactFactDeleteResult",
    "ContactFactKind",
    "ContactFactOrigin",
    "ContactFactUpdate",
    "ContactIdentityVisibilityDecisions",
    "ContactImportResult",
    "ContactImportResultItem",
    "ContactImportStatus",
    "ContactListOrder",
    "ContactMemorySummary",
    "ContactMergeRequest",
    "ContactMergeRequestFieldSources",
    "ContactPermissionEffective",
    "ContactPermissionEntry",
    "ContactPermissionPage",
    "ContactPermissions",
    "ContactPermissionsEmails",
    "ContactPermissionsInboundEmails",
    "ContactPermissionsInboundPhones",
    "ContactPermissionsOutboundEmails",
    "ContactPermissionsOutboundPhones",
    "ContactPermissionsPhones",
    "ContactPermissionSummary",
    "ContactPermissionsUpdate",
    "ContactPermissionsUpdateEmails",
    "ContactPermissionsUpdateInboundEmails",
    "ContactPermissionsUpdateInboundPhones",
    "ContactPermissionsUpdateOutboundEmails",
    "ContactPermissionsUpdateOutboundPhones",
    "ContactPermissionsUpdatePhones",
    "ContactPermissionVisibility",
    "ContactPhone",
    "ContactPhoneInput",
    "ContactReviewStatus",
    "ContactRuleApplyTo",
    "ContactRuleDirection",
    "ContactRuleStatus",
    "ContactUpdate",
    "ContactVCardExportRequest",
    "ContactVCardExportResult",
    "ContactVisibilityDecisions",
    "ContactVisibilityPolicy",
    "ContactVisibilityResult",
    "ContactWebsite",
    "ContactWebsiteInput",
    "CorrespondenceAttachmentMetadata",
    "CorrespondenceChannel",
    "CorrespondenceChannelResult",
    "CorrespondenceChannelStatus",
    "CorrespondenceContentMode",
    "CorrespondenceDirection",
    "CorrespondenceMediaMetadata",
    "CorrespondenceOrder",
    "CorrespondenceTranscriptEntry",
    "CorrespondenceTranscriptMarker",
    "CorrespondenceTranscriptMode",
    "CreatedApiKey",
    "CreatedTunnel",
    "DomainAffiliation",
    "DomainClaimState",
    "DomainTxtRecord",
    "DraftAttachment",
    "DraftAttachmentsAdd",
    "DraftCreate",
    "DraftDetail",
    "DraftGenerationConflictDetail",
    "DraftGenerationRequest",
    "DraftPage",
    "DraftRecipients",
    "DraftSendState",
    "DraftSummary",
    "DraftUpdate",
    "DuplicateContactRuleDetail",
    "EmailAttachment",
    "EmailCorrespondenceItem",
    "EmailRecipients",
    "ErrorEnvelope",
    "ErrorEnvelopeDetailType1",
    "FilterMode",
    "FilterModeChangeNotice",
    "ForwardEmailRequest",
    "ForwardingTargetType",
    "ForwardMode",
    "ForwardRecipients",
    "GrantContactAccessRequest",
    "GrantNoteAccessRequest",
    "GrantVaultSecretAccessRequest",
    "HostedAgentAuthorityMode",
    "HostedAgentAuthorityModeUpdate",
    "HostedAgentConfig",
    "HostedAgentConfigUpdate",
    "HostedAgentToolInvocation",
    "HostedAgentToolInvocationPage",
    "HostedAgentToolInvocationResultType0",
    "HostedAgentToolInvocationStatus",
    "HostedAgentVoiceCatalog",
    "HostedAgentVoiceOption",
    "IdentifierPermission",
    "IdentityDomainAffiliation",
    "IdentityDomainAffiliationSet",
    "IdentityIMessageNumber",
    "IdentityMailbox",
    "IdentityMailboxCreate",
    "IdentityPhoneNumber",
    "IdentityPhoneNumberCreate",
    "IdentityTunnelCreate",
    "IMessageCorrespondenceItem",
    "IncomingCallAction",
    "IncomingCallActionConfig",
    "IncomingCallActionUpdate",
    "InitializeVaultRequest",
    "Mailbox",
    "MailboxCreate",
    "MailboxUpdate",
    "MailContactRule",
    "MailContactRuleCreate",
    "MailContactRuleUpdate",
    "MailIdentityContactRule",
    "MailImportCreate",
    "MailImportCreateResult",
    "MailImportFailure",
    "MailImportFormat",
    "MailImportJob",
    "MailImportJobPage",
    "MailImportJobStatus",
    "MailImportUploadTarget",
    "MailImportUploadTargetFields",
    "MailRuleAction",
    "MailRuleMatchType",
    "Message",
    "MessageDetail",
    "MessageDetailAttachmentMetadataType0Item",
    "MessageDirection",
    "MessagePage",
    "MessageSenderKind",
    "MessageSendLookup",
    "MessageUpdate",
    "Note",
    "NoteAccessGrant",
    "NoteCreate",
    "NoteListOrder",
    "NoteUpdate",
    "OnVoicemail",
    "OrganizationDomain",
    "OrganizationDomainCreate",
    "OrganizationDomainPage",
    "PhoneCall",
    "PhoneCallConnection",
    "PhoneCallForwarding",
    "PhoneCallWithRateLimit",
    "PhoneContactRule",
    "PhoneContactRuleCreate",
    "PhoneContactRuleUpdate",
    "PhoneIdentityContactRule",
    "PhoneNumber",
    "PhoneNumberType",
    "PhoneNumberUpdate",
    "PhoneRuleAction",
    "PhoneRuleMatchType",
    "PhoneTranscript",
    "PlaceCallRequest",
    "PostCallActionItem",
    "ProvisionPhoneNumberRequest",
    "RateLimitInfo",
    "RedundantGrantDetail",
    "ReplyAllRecipients",
    "ReplyAllRequest",
    "RotatedTunnelSecret",
    "SendEmailRequest",
    "SendingDomain",
    "SendingDomainStatus",
    "SendTextRequest",
    "SetDefaultDomainResponse",
    "SignedCert",
    "SigningKey",
    "SigningKeyStatus",
    "SignTunnelCsrRequest",
    "SignupRestrictions",
    "SlackCorrespondenceItem",
    "SmsCorrespondenceItem",
    "SmsDeliveryStatus",
    "SmsGatingDetail",
    "SmsGatingErrorCode",
    "SmsOptIn",
    "SmsOptInSource",
    "SmsOptInStatus",
    "SmsStatus",
    "TextConversationSummary",
    "TextConversationUpdate",
    "TextConversationUpdateResult",
    "TextMedia",
    "TextMessage",
    "TextMessageOrigin",
    "TextMessageRecipient",
    "TextMessageUpdate",
    "TextMessageWritableStatus",
    "Thread",
    "ThreadDetail",
    "ThreadFolder",
    "ThreadPage",
    "ThreadUpdate",
    "TLSMode",
    "TranscriptParty",
    "Tunnel",
    "TunnelCreate",
    "TunnelList",
    "TunnelMetadata",
    "TunnelStatus",
    "TunnelSummary",
    "TunnelUpdate",
    "TunnelUpdateMetadataType0",
    "UpdateVaultPrimaryKeyRequest",
    "VaultAccessRule",
    "VaultInfo",
    "VaultInitializeResponse",
    "VaultKey",
    "VaultKeyMaterial",
    "VaultKeyType",
    "VaultSecret",
    "VaultSecretCreate",
    "VaultSecretDetail",
    "VaultSecretType",
    "VaultSecretUpdate",
    "VaultUnlockBundle",
    "VaultWrappedKey",
    "VoicemailDetection",
    "WebhookCatalog",
    "WebhookCatalogEntry",
    "WebhookContextConfig",
    "WebhookDelivery",
    "WebhookDeliveryList",
    "WebhookSubscription",
    "WebhookSubscriptionCreate",
    "WebhookSubscriptionCreateResponse",
    "WebhookSubscriptionList",
    "WebhookSubscriptionScope",
    "WebhookSubscriptionUpdate",
    "WhoamiApiKeyResponse",
    "WhoamiJwtResponse",
)

"""The Python SDK for Inkbox: email, phone/SMS, an encrypted vault and identities for AI agents.

```python
from inkbox import Inkbox

with Inkbox(api_key="ApiKey_...") as inkbox:
    identity = inkbox.create_identity("sales-agent")
```

Every public name is imported on first use (PEP 562), so `import inkbox` stays cheap.
"""

from __future__ import annotations

from types import FunctionType
from typing import TYPE_CHECKING, Any

from ._version import __version__ as __version__

# Explicit re-exports for type checkers and IDEs: exactly `_EXPORTS` (tests/contract/test_exports).
if TYPE_CHECKING:
    from inkbox_api.models import AgentIdentitySummary as AgentIdentitySummary
    from inkbox_api.models import AgentSignupResendResponse as AgentSignupResendResponse
    from inkbox_api.models import AgentSignupResponse as AgentSignupResponse
    from inkbox_api.models import AgentSignupStatusResponse as AgentSignupStatusResponse
    from inkbox_api.models import AgentSignupVerifyResponse as AgentSignupVerifyResponse
    from inkbox_api.models import ApiKey as ApiKey
    from inkbox_api.models import ApiKeyStatus as ApiKeyStatus
    from inkbox_api.models import AttachmentUrl as AttachmentUrl
    from inkbox_api.models import CallCorrespondenceItem as CallCorrespondenceItem
    from inkbox_api.models import CallMode as CallMode
    from inkbox_api.models import CallOrigin as CallOrigin
    from inkbox_api.models import Contact as Contact
    from inkbox_api.models import ContactAccessGrant as ContactAccessGrant
    from inkbox_api.models import ContactAccessSettings as ContactAccessSettings
    from inkbox_api.models import ContactAddress as ContactAddress
    from inkbox_api.models import ContactAddressKind as ContactAddressKind
    from inkbox_api.models import ContactAddressPermission as ContactAddressPermission
    from inkbox_api.models import ContactAddressUpdate as ContactAddressUpdate
    from inkbox_api.models import ContactBulkDeleteResult as ContactBulkDeleteResult
    from inkbox_api.models import ContactBulkDeleteResultItem as ContactBulkDeleteResultItem
    from inkbox_api.models import ContactBulkDeleteStatus as ContactBulkDeleteStatus
    from inkbox_api.models import ContactChannelAccess as ContactChannelAccess
    from inkbox_api.models import ContactChannelAccessUpdate as ContactChannelAccessUpdate
    from inkbox_api.models import ContactCommunicationPolicy as ContactCommunicationPolicy
    from inkbox_api.models import ContactCommunicationPolicyPage as ContactCommunicationPolicyPage
    from inkbox_api.models import ContactCommunicationPreview as ContactCommunicationPreview
    from inkbox_api.models import ContactCorrespondence as ContactCorrespondence
    from inkbox_api.models import ContactCreatePermissions as ContactCreatePermissions
    from inkbox_api.models import ContactCustomField as ContactCustomField
    from inkbox_api.models import ContactDate as ContactDate
    from inkbox_api.models import ContactDecision as ContactDecision
    from inkbox_api.models import ContactEmail as ContactEmail
    from inkbox_api.models import ContactFact as ContactFact
    from inkbox_api.models import ContactFactCitation as ContactFactCitation
    from inkbox_api.models import ContactFactCitationAvailability as ContactFactCitationAvailability
    from inkbox_api.models import ContactFactCitationDetail as ContactFactCitationDetail
    from inkbox_api.models import ContactFactDeleteResult as ContactFactDeleteResult
    from inkbox_api.models import ContactFactKind as ContactFactKind
    from inkbox_api.models import ContactFactOrigin as ContactFactOrigin
    from inkbox_api.models import (
        ContactIdentityVisibilityDecisions as ContactIdentityVisibilityDecisions,
    )
    from inkbox_api.models import ContactImportResult as ContactImportResult
    from inkbox_api.models import ContactImportResultItem as ContactImportResultItem
    from inkbox_api.models import ContactImportStatus as ContactImportStatus
    from inkbox_api.models import ContactListOrder as ContactListOrder
    from inkbox_api.models import ContactMemorySummary as ContactMemorySummary
    from inkbox_api.models import ContactPermissionEffective as ContactPermissionEffective
    from inkbox_api.models import ContactPermissionEntry as ContactPermissionEntry
    from inkbox_api.models import ContactPermissionPage as ContactPermissionPage
    from inkbox_api.models import ContactPermissions as ContactPermissions
    from inkbox_api.models import ContactPermissionSummary as ContactPermissionSummary
    from inkbox_api.models import ContactPermissionVisibility as ContactPermissionVisibility
    from inkbox_api.models import ContactPhone as ContactPhone
    from inkbox_api.models import ContactReviewStatus as ContactReviewStatus
    from inkbox_api.models import ContactRuleApplyTo as ContactRuleApplyTo
    from inkbox_api.models import ContactRuleDirection as ContactRuleDirection
    from inkbox_api.models import ContactRuleStatus as ContactRuleStatus
    from inkbox_api.models import ContactVCardExportResult as ContactVCardExportResult
    from inkbox_api.models import ContactVisibilityDecisions as ContactVisibilityDecisions
    from inkbox_api.models import ContactVisibilityPolicy as ContactVisibilityPolicy
    from inkbox_api.models import ContactVisibilityResult as ContactVisibilityResult
    from inkbox_api.models import ContactWebsite as ContactWebsite
    from inkbox_api.models import (
        CorrespondenceAttachmentMetadata as CorrespondenceAttachmentMetadata,
    )
    from inkbox_api.models import CorrespondenceChannel as CorrespondenceChannel
    from inkbox_api.models import CorrespondenceChannelResult as CorrespondenceChannelResult
    from inkbox_api.models import CorrespondenceChannelStatus as CorrespondenceChannelStatus
    from inkbox_api.models import CorrespondenceContentMode as CorrespondenceContentMode
    from inkbox_api.models import CorrespondenceDirection as CorrespondenceDirection
    from inkbox_api.models import CorrespondenceMediaMetadata as CorrespondenceMediaMetadata
    from inkbox_api.models import CorrespondenceOrder as CorrespondenceOrder
    from inkbox_api.models import CorrespondenceTranscriptEntry as CorrespondenceTranscriptEntry
    from inkbox_api.models import CorrespondenceTranscriptMarker as CorrespondenceTranscriptMarker
    from inkbox_api.models import CorrespondenceTranscriptMode as CorrespondenceTranscriptMode
    from inkbox_api.models import CreatedApiKey as CreatedApiKey
    from inkbox_api.models import CreatedTunnel as CreatedTunnel
    from inkbox_api.models import DomainAffiliation as DomainAffiliation
    from inkbox_api.models import DomainClaimState as DomainClaimState
    from inkbox_api.models import DomainTxtRecord as DomainTxtRecord
    from inkbox_api.models import DraftAttachment as DraftAttachment
    from inkbox_api.models import DraftDetail as DraftDetail
    from inkbox_api.models import DraftRecipients as DraftRecipients
    from inkbox_api.models import DraftSendState as DraftSendState
    from inkbox_api.models import DraftSummary as DraftSummary
    from inkbox_api.models import EmailCorrespondenceItem as EmailCorrespondenceItem
    from inkbox_api.models import FilterMode as FilterMode
    from inkbox_api.models import FilterModeChangeNotice as FilterModeChangeNotice
    from inkbox_api.models import ForwardingTargetType as ForwardingTargetType
    from inkbox_api.models import ForwardMode as ForwardMode
    from inkbox_api.models import HostedAgentAuthorityMode as HostedAgentAuthorityMode
    from inkbox_api.models import HostedAgentConfig as HostedAgentConfig
    from inkbox_api.models import HostedAgentToolInvocation as HostedAgentToolInvocation
    from inkbox_api.models import HostedAgentToolInvocationPage as HostedAgentToolInvocationPage
    from inkbox_api.models import HostedAgentToolInvocationStatus as HostedAgentToolInvocationStatus
    from inkbox_api.models import HostedAgentVoiceCatalog as HostedAgentVoiceCatalog
    from inkbox_api.models import HostedAgentVoiceOption as HostedAgentVoiceOption
    from inkbox_api.models import IdentifierPermission as IdentifierPermission
    from inkbox_api.models import IdentityDomainAffiliation as IdentityDomainAffiliation
    from inkbox_api.models import IdentityMailbox as IdentityMailbox
    from inkbox_api.models import IdentityMailboxCreate as IdentityMailboxCreate
    from inkbox_api.models import IdentityPhoneNumber as IdentityPhoneNumber
    from inkbox_api.models import IdentityPhoneNumberCreate as IdentityPhoneNumberCreate
    from inkbox_api.models import IdentityTunnelCreate as IdentityTunnelCreate
    from inkbox_api.models import IMessageCorrespondenceItem as IMessageCorrespondenceItem
    from inkbox_api.models import IncomingCallAction as IncomingCallAction
    from inkbox_api.models import IncomingCallActionConfig as IncomingCallActionConfig
    from inkbox_api.models import Mailbox as Mailbox
    from inkbox_api.models import MailContactRule as MailContactRule
    from inkbox_api.models import MailIdentityContactRule as MailIdentityContactRule

    # mail imports and webhook subscriptions (issue 15)
    from inkbox_api.models import MailImportCreateResult as MailImportCreateResult
    from inkbox_api.models import MailImportFailure as MailImportFailure
    from inkbox_api.models import MailImportFormat as MailImportFormat
    from inkbox_api.models import MailImportJob as MailImportJob
    from inkbox_api.models import MailImportJobPage as MailImportJobPage
    from inkbox_api.models import MailImportJobStatus as MailImportJobStatus
    from inkbox_api.models import MailImportUploadTarget as MailImportUploadTarget
    from inkbox_api.models import MailRuleAction as MailRuleAction
    from inkbox_api.models import MailRuleMatchType as MailRuleMatchType
    from inkbox_api.models import Message as Message
    from inkbox_api.models import MessageDetail as MessageDetail
    from inkbox_api.models import MessageDirection as MessageDirection
    from inkbox_api.models import MessageSenderKind as MessageSenderKind
    from inkbox_api.models import Note as Note
    from inkbox_api.models import NoteAccessGrant as NoteAccessGrant
    from inkbox_api.models import NoteListOrder as NoteListOrder
    from inkbox_api.models import OnVoicemail as OnVoicemail
    from inkbox_api.models import OrganizationDomain as OrganizationDomain
    from inkbox_api.models import PhoneCall as PhoneCall
    from inkbox_api.models import PhoneCallWithRateLimit as PhoneCallWithRateLimit
    from inkbox_api.models import PhoneContactRule as PhoneContactRule
    from inkbox_api.models import PhoneIdentityContactRule as PhoneIdentityContactRule
    from inkbox_api.models import PhoneNumber as PhoneNumber
    from inkbox_api.models import PhoneNumberType as PhoneNumberType
    from inkbox_api.models import PhoneRuleAction as PhoneRuleAction
    from inkbox_api.models import PhoneRuleMatchType as PhoneRuleMatchType
    from inkbox_api.models import PhoneTranscript as PhoneTranscript
    from inkbox_api.models import RateLimitInfo as RateLimitInfo
    from inkbox_api.models import RotatedTunnelSecret as RotatedTunnelSecret
    from inkbox_api.models import SendingDomain as SendingDomain
    from inkbox_api.models import SendingDomainStatus as SendingDomainStatus
    from inkbox_api.models import SignedCert as SignedCert
    from inkbox_api.models import SigningKey as SigningKey
    from inkbox_api.models import SigningKeyStatus as SigningKeyStatus
    from inkbox_api.models import SignupRestrictions as SignupRestrictions
    from inkbox_api.models import SlackCorrespondenceItem as SlackCorrespondenceItem
    from inkbox_api.models import SmsCorrespondenceItem as SmsCorrespondenceItem
    from inkbox_api.models import SmsDeliveryStatus as SmsDeliveryStatus
    from inkbox_api.models import SmsOptIn as SmsOptIn
    from inkbox_api.models import SmsOptInSource as SmsOptInSource
    from inkbox_api.models import SmsOptInStatus as SmsOptInStatus
    from inkbox_api.models import SmsStatus as SmsStatus
    from inkbox_api.models import TextConversationSummary as TextConversationSummary
    from inkbox_api.models import TextConversationUpdateResult as TextConversationUpdateResult
    from inkbox_api.models import TextMedia as TextMedia
    from inkbox_api.models import TextMessage as TextMessage
    from inkbox_api.models import TextMessageOrigin as TextMessageOrigin
    from inkbox_api.models import Thread as Thread
    from inkbox_api.models import ThreadDetail as ThreadDetail
    from inkbox_api.models import ThreadFolder as ThreadFolder
    from inkbox_api.models import TLSMode as TLSMode
    from inkbox_api.models import TranscriptParty as TranscriptParty
    from inkbox_api.models import Tunnel as Tunnel
    from inkbox_api.models import TunnelStatus as TunnelStatus
    from inkbox_api.models import TunnelSummary as TunnelSummary
    from inkbox_api.models import VaultAccessRule as VaultAccessRule
    from inkbox_api.models import VaultInfo as VaultInfo
    from inkbox_api.models import VaultKey as VaultKey
    from inkbox_api.models import VaultSecret as VaultSecret
    from inkbox_api.models import VaultSecretDetail as VaultSecretDetail
    from inkbox_api.models import VoicemailDetection as VoicemailDetection
    from inkbox_api.models import WebhookCatalog as WebhookCatalog
    from inkbox_api.models import WebhookCatalogEntry as WebhookCatalogEntry
    from inkbox_api.models import WebhookContextConfig as WebhookContextConfig
    from inkbox_api.models import WebhookDelivery as WebhookDelivery
    from inkbox_api.models import WebhookSubscription as WebhookSubscription
    from inkbox_api.models import (
        WebhookSubscriptionCreateResponse as WebhookSubscriptionCreateResponse,
    )
    from inkbox_api.models import WhoamiApiKeyResponse as WhoamiApiKeyResponse
    from inkbox_api.models import WhoamiJwtResponse as WhoamiJwtResponse

    from ._async.client import AsyncInkbox as AsyncInkbox
    from ._async.identity import AsyncAgentIdentity as AsyncAgentIdentity
    from ._async.pager import AsyncPager as AsyncPager
    from ._async.resources.api_keys import AsyncApiKeysResource as AsyncApiKeysResource
    from ._async.resources.calls import AsyncCallsResource as AsyncCallsResource
    from ._async.resources.calls import AsyncTranscriptsResource as AsyncTranscriptsResource
    from ._async.resources.contact_facts import (
        AsyncContactFactsResource as AsyncContactFactsResource,
    )
    from ._async.resources.contact_policy import (
        AsyncContactCommunicationPolicyResource as AsyncContactCommunicationPolicyResource,
    )
    from ._async.resources.contact_policy import (
        AsyncContactCorrespondenceResource as AsyncContactCorrespondenceResource,
    )
    from ._async.resources.contact_policy import (
        AsyncContactPermissionsResource as AsyncContactPermissionsResource,
    )
    from ._async.resources.contact_rules import (
        AsyncMailContactRulesResource as AsyncMailContactRulesResource,
    )
    from ._async.resources.contact_rules import (
        AsyncMailIdentityContactRulesResource as AsyncMailIdentityContactRulesResource,
    )
    from ._async.resources.contact_rules import (
        AsyncPhoneContactRulesResource as AsyncPhoneContactRulesResource,
    )
    from ._async.resources.contact_rules import (
        AsyncPhoneIdentityContactRulesResource as AsyncPhoneIdentityContactRulesResource,
    )
    from ._async.resources.contacts import AsyncContactsResource as AsyncContactsResource
    from ._async.resources.domains import AsyncDomainsResource as AsyncDomainsResource
    from ._async.resources.drafts import AsyncDraftsResource as AsyncDraftsResource
    from ._async.resources.hosted_agent import AsyncHostedAgentResource as AsyncHostedAgentResource
    from ._async.resources.identities import AsyncIdentitiesResource as AsyncIdentitiesResource
    from ._async.resources.incoming_call_action import (
        AsyncIncomingCallActionResource as AsyncIncomingCallActionResource,
    )
    from ._async.resources.mail_imports import AsyncMailImportsResource as AsyncMailImportsResource
    from ._async.resources.mailboxes import AsyncMailboxesResource as AsyncMailboxesResource
    from ._async.resources.message_sends import (
        AsyncMessageSendsResource as AsyncMessageSendsResource,
    )
    from ._async.resources.messages import AsyncMessagesResource as AsyncMessagesResource
    from ._async.resources.notes import AsyncNotesResource as AsyncNotesResource
    from ._async.resources.organization_domains import (
        AsyncOrganizationDomainsResource as AsyncOrganizationDomainsResource,
    )
    from ._async.resources.phone_numbers import (
        AsyncPhoneNumbersResource as AsyncPhoneNumbersResource,
    )
    from ._async.resources.signing_keys import AsyncSigningKeysResource as AsyncSigningKeysResource
    from ._async.resources.sms_opt_ins import AsyncSmsOptInsResource as AsyncSmsOptInsResource
    from ._async.resources.texts import AsyncTextsResource as AsyncTextsResource
    from ._async.resources.threads import AsyncThreadsResource as AsyncThreadsResource
    from ._async.resources.tunnels import AsyncTunnelsResource as AsyncTunnelsResource
    from ._async.resources.vault import AsyncVaultResource as AsyncVaultResource
    from ._async.resources.webhooks import (
        AsyncWebhookDeliveriesResource as AsyncWebhookDeliveriesResource,
    )
    from ._async.resources.webhooks import AsyncWebhooksResource as AsyncWebhooksResource
    from ._async.resources.webhooks import (
        AsyncWebhookSubscriptionsResource as AsyncWebhookSubscriptionsResource,
    )
    from ._async.unlocked_vault import AsyncUnlockedVault as AsyncUnlockedVault
    from ._correspondence import ContactCorrespondenceOptions as ContactCorrespondenceOptions
    from ._drafts import DraftAttachmentContent as DraftAttachmentContent
    from ._errors import AuthenticationError as AuthenticationError
    from ._errors import BadRequestError as BadRequestError
    from ._errors import (
        CommunicationPolicyRevisionConflictError as CommunicationPolicyRevisionConflictError,
    )
    from ._errors import ConflictError as ConflictError
    from ._errors import DraftGenerationConflictError as DraftGenerationConflictError
    from ._errors import DuplicateContactRuleError as DuplicateContactRuleError
    from ._errors import InkboxAPIError as InkboxAPIError
    from ._errors import InkboxConnectionError as InkboxConnectionError
    from ._errors import InkboxError as InkboxError
    from ._errors import InkboxResponseValidationError as InkboxResponseValidationError
    from ._errors import InkboxTimeoutError as InkboxTimeoutError
    from ._errors import InternalServerError as InternalServerError
    from ._errors import MailImportUploadError as MailImportUploadError
    from ._errors import NotFoundError as NotFoundError
    from ._errors import PermissionDeniedError as PermissionDeniedError
    from ._errors import RateLimitError as RateLimitError
    from ._errors import RecipientBlockedError as RecipientBlockedError
    from ._errors import RecipientNotOptedInError as RecipientNotOptedInError
    from ._errors import RecipientOptedOutError as RecipientOptedOutError
    from ._errors import RedundantContactAccessGrantError as RedundantContactAccessGrantError
    from ._errors import SenderSmsPendingError as SenderSmsPendingError
    from ._errors import UnprocessableEntityError as UnprocessableEntityError
    from ._guide_era_names import AccessRule as AccessRule
    from ._guide_era_names import ContactAccess as ContactAccess
    from ._guide_era_names import Domain as Domain
    from ._guide_era_names import IdentityMailboxCreateOptions as IdentityMailboxCreateOptions
    from ._guide_era_names import (
        IdentityPhoneNumberCreateOptions as IdentityPhoneNumberCreateOptions,
    )
    from ._guide_era_names import NoteAccess as NoteAccess
    from ._guide_era_names import RotatedSecret as RotatedSecret
    from ._guide_era_names import TextMediaItem as TextMediaItem
    from ._notices import APIResponse as APIResponse
    from ._notices import ResponseNotice as ResponseNotice
    from ._raw_response import RawResponse as RawResponse
    from ._raw_response import ResponseInfo as ResponseInfo
    from ._sync.client import Inkbox as Inkbox
    from ._sync.identity import AgentIdentity as AgentIdentity
    from ._sync.pager import Pager as Pager
    from ._sync.resources.api_keys import ApiKeysResource as ApiKeysResource
    from ._sync.resources.calls import CallsResource as CallsResource
    from ._sync.resources.calls import TranscriptsResource as TranscriptsResource
    from ._sync.resources.contact_facts import ContactFactsResource as ContactFactsResource
    from ._sync.resources.contact_policy import (
        ContactCommunicationPolicyResource as ContactCommunicationPolicyResource,
    )
    from ._sync.resources.contact_policy import (
        ContactCorrespondenceResource as ContactCorrespondenceResource,
    )
    from ._sync.resources.contact_policy import (
        ContactPermissionsResource as ContactPermissionsResource,
    )
    from ._sync.resources.contact_rules import MailContactRulesResource as MailContactRulesResource
    from ._sync.resources.contact_rules import (
        MailIdentityContactRulesResource as MailIdentityContactRulesResource,
    )
    from ._sync.resources.contact_rules import (
        PhoneContactRulesResource as PhoneContactRulesResource,
    )
    from ._sync.resources.contact_rules import (
        PhoneIdentityContactRulesResource as PhoneIdentityContactRulesResource,
    )
    from ._sync.resources.contacts import ContactsResource as ContactsResource
    from ._sync.resources.domains import DomainsResource as DomainsResource
    from ._sync.resources.drafts import DraftsResource as DraftsResource
    from ._sync.resources.hosted_agent import HostedAgentResource as HostedAgentResource
    from ._sync.resources.identities import IdentitiesResource as IdentitiesResource
    from ._sync.resources.incoming_call_action import (
        IncomingCallActionResource as IncomingCallActionResource,
    )
    from ._sync.resources.mail_imports import MailImportsResource as MailImportsResource
    from ._sync.resources.mailboxes import MailboxesResource as MailboxesResource
    from ._sync.resources.message_sends import MessageSendsResource as MessageSendsResource
    from ._sync.resources.messages import MessagesResource as MessagesResource
    from ._sync.resources.notes import NotesResource as NotesResource
    from ._sync.resources.organization_domains import (
        OrganizationDomainsResource as OrganizationDomainsResource,
    )
    from ._sync.resources.phone_numbers import PhoneNumbersResource as PhoneNumbersResource
    from ._sync.resources.signing_keys import SigningKeysResource as SigningKeysResource
    from ._sync.resources.sms_opt_ins import SmsOptInsResource as SmsOptInsResource
    from ._sync.resources.texts import TextsResource as TextsResource
    from ._sync.resources.threads import ThreadsResource as ThreadsResource
    from ._sync.resources.tunnels import TunnelsResource as TunnelsResource
    from ._sync.resources.vault import VaultResource as VaultResource
    from ._sync.resources.webhooks import WebhookDeliveriesResource as WebhookDeliveriesResource
    from ._sync.resources.webhooks import WebhooksResource as WebhooksResource
    from ._sync.resources.webhooks import (
        WebhookSubscriptionsResource as WebhookSubscriptionsResource,
    )
    from ._sync.unlocked_vault import UnlockedVault as UnlockedVault
    from ._tunnel_errors import TunnelCSRStateConflict as TunnelCSRStateConflict
    from ._tunnel_errors import TunnelError as TunnelError
    from ._tunnel_errors import TunnelNameInvalid as TunnelNameInvalid
    from ._tunnel_errors import TunnelNameUnavailable as TunnelNameUnavailable
    from ._tunnel_errors import TunnelRemoved as TunnelRemoved
    from ._tunnel_errors import TunnelSecretUnavailable as TunnelSecretUnavailable
    from ._tunnel_errors import TunnelStateConflict as TunnelStateConflict
    from ._tunnel_errors import TunnelTLSModeMismatch as TunnelTLSModeMismatch
    from ._types import NOT_GIVEN as NOT_GIVEN
    from ._types import NotGiven as NotGiven
    from .models import AUTH_SUBTYPE_API_KEY_ADMIN_SCOPED as AUTH_SUBTYPE_API_KEY_ADMIN_SCOPED
    from .models import (
        AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_CLAIMED as AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_CLAIMED,
    )
    from .models import (
        AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_UNCLAIMED as AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_UNCLAIMED,
    )
    from .models import WhoamiResponse as WhoamiResponse
    from .vault._state import VaultInitializeResult as VaultInitializeResult
    from .vault.credentials import Credentials as Credentials
    from .vault.crypto import VaultKeyMaterial as VaultKeyMaterial
    from .vault.crypto import generate_org_encryption_key as generate_org_encryption_key
    from .vault.crypto import generate_recovery_code as generate_recovery_code
    from .vault.crypto import generate_vault_key_material as generate_vault_key_material
    from .vault.errors import InkboxVaultError as InkboxVaultError
    from .vault.errors import InkboxVaultKeyError as InkboxVaultKeyError
    from .vault.errors import InvalidTOTPError as InvalidTOTPError
    from .vault.errors import SecretTypeMismatchError as SecretTypeMismatchError
    from .vault.errors import VaultIntegrityError as VaultIntegrityError
    from .vault.errors import VaultKeyMismatchError as VaultKeyMismatchError
    from .vault.errors import VaultLockedError as VaultLockedError
    from .vault.errors import VaultNotInitializedError as VaultNotInitializedError
    from .vault.errors import VaultPayloadError as VaultPayloadError
    from .vault.errors import VaultSaltError as VaultSaltError
    from .vault.totp import TOTPAlgorithm as TOTPAlgorithm
    from .vault.totp import TOTPCode as TOTPCode
    from .vault.totp import TOTPConfig as TOTPConfig
    from .vault.totp import generate_totp as generate_totp
    from .vault.totp import parse_totp_uri as parse_totp_uri
    from .vault.types import APIKeyPayload as APIKeyPayload
    from .vault.types import DecryptedVaultSecret as DecryptedVaultSecret
    from .vault.types import KeyPairPayload as KeyPairPayload
    from .vault.types import LoginPayload as LoginPayload
    from .vault.types import OtherPayload as OtherPayload
    from .vault.types import SecretPayload as SecretPayload
    from .vault.types import SSHKeyPayload as SSHKeyPayload
    from .vault.types import VaultKeyType as VaultKeyType
    from .vault.types import VaultSecretType as VaultSecretType
    from .webhooks import verify_webhook as verify_webhook

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "ContactAccessSettings": "inkbox_api.models",
    "ContactChannelAccess": "inkbox_api.models",
    "ContactChannelAccessUpdate": "inkbox_api.models",
    "ContactPermissions": "inkbox_api.models",
    "ContactAddressKind": "inkbox_api.models",
    "ContactAddressPermission": "inkbox_api.models",
    "ContactAddressUpdate": "inkbox_api.models",
    "ContactDecision": "inkbox_api.models",
    "ContactVisibilityDecisions": "inkbox_api.models",
    "ContactIdentityVisibilityDecisions": "inkbox_api.models",
    "ContactVisibilityPolicy": "inkbox_api.models",
    "ContactVisibilityResult": "inkbox_api.models",
    "ContactCommunicationPolicy": "inkbox_api.models",
    "ContactCommunicationPreview": "inkbox_api.models",
    "ContactCommunicationPolicyPage": "inkbox_api.models",
    "ContactPermissionSummary": "inkbox_api.models",
    "ContactPermissionVisibility": "inkbox_api.models",
    "ContactPermissionEffective": "inkbox_api.models",
    "ContactPermissionEntry": "inkbox_api.models",
    "ContactPermissionPage": "inkbox_api.models",
    "IdentifierPermission": "inkbox_api.models",
    "ContactReviewStatus": "inkbox_api.models",
    "ContactCorrespondence": "inkbox_api.models",
    "CorrespondenceChannel": "inkbox_api.models",
    "CorrespondenceContentMode": "inkbox_api.models",
    "CorrespondenceTranscriptMode": "inkbox_api.models",
    "CorrespondenceOrder": "inkbox_api.models",
    "CorrespondenceChannelStatus": "inkbox_api.models",
    "CorrespondenceDirection": "inkbox_api.models",
    "CorrespondenceTranscriptMarker": "inkbox_api.models",
    "EmailCorrespondenceItem": "inkbox_api.models",
    "SmsCorrespondenceItem": "inkbox_api.models",
    "IMessageCorrespondenceItem": "inkbox_api.models",
    "SlackCorrespondenceItem": "inkbox_api.models",
    "CallCorrespondenceItem": "inkbox_api.models",
    "CorrespondenceChannelResult": "inkbox_api.models",
    "CorrespondenceTranscriptEntry": "inkbox_api.models",
    "CorrespondenceAttachmentMetadata": "inkbox_api.models",
    "CorrespondenceMediaMetadata": "inkbox_api.models",
    "ContactPermissionsResource": "._sync.resources.contact_policy",
    "AsyncContactPermissionsResource": "._async.resources.contact_policy",
    "ContactCommunicationPolicyResource": "._sync.resources.contact_policy",
    "AsyncContactCommunicationPolicyResource": "._async.resources.contact_policy",
    "ContactCorrespondenceResource": "._sync.resources.contact_policy",
    "AsyncContactCorrespondenceResource": "._async.resources.contact_policy",
    "ContactCorrespondenceOptions": "._correspondence",
    "CommunicationPolicyRevisionConflictError": "._errors",
    "DraftAttachment": "inkbox_api.models",
    "DraftDetail": "inkbox_api.models",
    "DraftRecipients": "inkbox_api.models",
    "DraftSendState": "inkbox_api.models",
    "DraftSummary": "inkbox_api.models",
    "MessageSenderKind": "inkbox_api.models",
    "AsyncDraftsResource": "._async.resources.drafts",
    "AsyncMessageSendsResource": "._async.resources.message_sends",
    "DraftAttachmentContent": "._drafts",
    "DraftGenerationConflictError": "._errors",
    "DraftsResource": "._sync.resources.drafts",
    "MessageSendsResource": "._sync.resources.message_sends",
    "APIKeyPayload": ".vault.types",
    "APIResponse": "._notices",
    "AUTH_SUBTYPE_API_KEY_ADMIN_SCOPED": ".models",
    "AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_CLAIMED": ".models",
    "AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_UNCLAIMED": ".models",
    "AgentIdentity": "._sync.identity",
    "AgentIdentitySummary": "inkbox_api.models",
    "AgentSignupResendResponse": "inkbox_api.models",
    "AgentSignupResponse": "inkbox_api.models",
    "AgentSignupStatusResponse": "inkbox_api.models",
    "AgentSignupVerifyResponse": "inkbox_api.models",
    "ApiKey": "inkbox_api.models",
    "ApiKeyStatus": "inkbox_api.models",
    "ApiKeysResource": "._sync.resources.api_keys",
    "AsyncAgentIdentity": "._async.identity",
    "AsyncApiKeysResource": "._async.resources.api_keys",
    "AsyncCallsResource": "._async.resources.calls",
    "AsyncContactFactsResource": "._async.resources.contact_facts",
    "AsyncContactsResource": "._async.resources.contacts",
    "AsyncDomainsResource": "._async.resources.domains",
    "AsyncIdentitiesResource": "._async.resources.identities",
    "AsyncInkbox": "._async.client",
    "AsyncMailContactRulesResource": "._async.resources.contact_rules",
    "AsyncMailIdentityContactRulesResource": "._async.resources.contact_rules",
    "AsyncMailboxesResource": "._async.resources.mailboxes",
    "AsyncMessagesResource": "._async.resources.messages",
    "AsyncNotesResource": "._async.resources.notes",
    "AsyncOrganizationDomainsResource": "._async.resources.organization_domains",
    "AsyncPager": "._async.pager",
    "AsyncPhoneContactRulesResource": "._async.resources.contact_rules",
    "AsyncPhoneIdentityContactRulesResource": "._async.resources.contact_rules",
    "AsyncPhoneNumbersResource": "._async.resources.phone_numbers",
    "AsyncSigningKeysResource": "._async.resources.signing_keys",
    "AsyncSmsOptInsResource": "._async.resources.sms_opt_ins",
    "AsyncTextsResource": "._async.resources.texts",
    "AsyncThreadsResource": "._async.resources.threads",
    "AsyncTunnelsResource": "._async.resources.tunnels",
    "AsyncUnlockedVault": "._async.unlocked_vault",
    "AsyncVaultResource": "._async.resources.vault",
    "AuthenticationError": "._errors",
    "BadRequestError": "._errors",
    "CallsResource": "._sync.resources.calls",
    "ConflictError": "._errors",
    "Contact": "inkbox_api.models",
    "ContactAccessGrant": "inkbox_api.models",
    "ContactBulkDeleteResult": "inkbox_api.models",
    "ContactBulkDeleteResultItem": "inkbox_api.models",
    "ContactBulkDeleteStatus": "inkbox_api.models",
    "ContactCreatePermissions": "inkbox_api.models",
    "ContactFact": "inkbox_api.models",
    "ContactFactCitation": "inkbox_api.models",
    "ContactFactCitationAvailability": "inkbox_api.models",
    "ContactFactCitationDetail": "inkbox_api.models",
    "ContactFactDeleteResult": "inkbox_api.models",
    "ContactFactKind": "inkbox_api.models",
    "ContactFactOrigin": "inkbox_api.models",
    "ContactMemorySummary": "inkbox_api.models",
    "ContactVCardExportResult": "inkbox_api.models",
    "ContactAddress": "inkbox_api.models",
    "ContactCustomField": "inkbox_api.models",
    "ContactDate": "inkbox_api.models",
    "ContactEmail": "inkbox_api.models",
    "ContactImportResult": "inkbox_api.models",
    "ContactImportResultItem": "inkbox_api.models",
    "ContactImportStatus": "inkbox_api.models",
    "ContactListOrder": "inkbox_api.models",
    "ContactPhone": "inkbox_api.models",
    "ContactRuleApplyTo": "inkbox_api.models",
    "ContactRuleDirection": "inkbox_api.models",
    "ContactRuleStatus": "inkbox_api.models",
    "ContactWebsite": "inkbox_api.models",
    "ContactFactsResource": "._sync.resources.contact_facts",
    "ContactsResource": "._sync.resources.contacts",
    "CreatedApiKey": "inkbox_api.models",
    "CreatedTunnel": "inkbox_api.models",
    "Credentials": ".vault.credentials",
    "DecryptedVaultSecret": ".vault.types",
    "DomainAffiliation": "inkbox_api.models",
    "DomainClaimState": "inkbox_api.models",
    "DomainTxtRecord": "inkbox_api.models",
    "DomainsResource": "._sync.resources.domains",
    "DuplicateContactRuleError": "._errors",
    "FilterMode": "inkbox_api.models",
    "FilterModeChangeNotice": "inkbox_api.models",
    "IdentitiesResource": "._sync.resources.identities",
    "IdentityDomainAffiliation": "inkbox_api.models",
    "IdentityMailbox": "inkbox_api.models",
    "IdentityMailboxCreate": "inkbox_api.models",
    "IdentityPhoneNumber": "inkbox_api.models",
    "IdentityPhoneNumberCreate": "inkbox_api.models",
    "IdentityTunnelCreate": "inkbox_api.models",
    "IncomingCallAction": "inkbox_api.models",
    "Inkbox": "._sync.client",
    "InkboxAPIError": "._errors",
    "InkboxConnectionError": "._errors",
    "InkboxError": "._errors",
    "InkboxResponseValidationError": "._errors",
    "InkboxTimeoutError": "._errors",
    "InkboxVaultError": ".vault.errors",
    "InkboxVaultKeyError": ".vault.errors",
    "InternalServerError": "._errors",
    "InvalidTOTPError": ".vault.errors",
    "KeyPairPayload": ".vault.types",
    "LoginPayload": ".vault.types",
    "MailContactRule": "inkbox_api.models",
    "MailIdentityContactRule": "inkbox_api.models",
    "MailContactRulesResource": "._sync.resources.contact_rules",
    "MailIdentityContactRulesResource": "._sync.resources.contact_rules",
    "MailRuleAction": "inkbox_api.models",
    "MailRuleMatchType": "inkbox_api.models",
    "Mailbox": "inkbox_api.models",
    "MailboxesResource": "._sync.resources.mailboxes",
    "Message": "inkbox_api.models",
    "MessageDetail": "inkbox_api.models",
    "MessageDirection": "inkbox_api.models",
    "MessagesResource": "._sync.resources.messages",
    "NOT_GIVEN": "._types",
    "NotFoundError": "._errors",
    "NotGiven": "._types",
    "Note": "inkbox_api.models",
    "NoteAccessGrant": "inkbox_api.models",
    "NoteListOrder": "inkbox_api.models",
    "NotesResource": "._sync.resources.notes",
    "OrganizationDomain": "inkbox_api.models",
    "OrganizationDomainsResource": "._sync.resources.organization_domains",
    "OtherPayload": ".vault.types",
    "Pager": "._sync.pager",
    "PermissionDeniedError": "._errors",
    "PhoneCall": "inkbox_api.models",
    "PhoneCallWithRateLimit": "inkbox_api.models",
    "PhoneContactRule": "inkbox_api.models",
    "PhoneContactRulesResource": "._sync.resources.contact_rules",
    "PhoneIdentityContactRule": "inkbox_api.models",
    "PhoneIdentityContactRulesResource": "._sync.resources.contact_rules",
    "PhoneNumber": "inkbox_api.models",
    "PhoneNumberType": "inkbox_api.models",
    "PhoneNumbersResource": "._sync.resources.phone_numbers",
    "PhoneRuleAction": "inkbox_api.models",
    "PhoneRuleMatchType": "inkbox_api.models",
    "PhoneTranscript": "inkbox_api.models",
    "RateLimitError": "._errors",
    "RateLimitInfo": "inkbox_api.models",
    "RecipientBlockedError": "._errors",
    "RecipientNotOptedInError": "._errors",
    "RecipientOptedOutError": "._errors",
    "RedundantContactAccessGrantError": "._errors",
    "ResponseNotice": "._notices",
    "RotatedTunnelSecret": "inkbox_api.models",
    "SSHKeyPayload": ".vault.types",
    "SecretPayload": ".vault.types",
    "SecretTypeMismatchError": ".vault.errors",
    "SenderSmsPendingError": "._errors",
    "SendingDomain": "inkbox_api.models",
    "SendingDomainStatus": "inkbox_api.models",
    "SigningKey": "inkbox_api.models",
    "SigningKeyStatus": "inkbox_api.models",
    "SigningKeysResource": "._sync.resources.signing_keys",
    "SignupRestrictions": "inkbox_api.models",
    "SmsDeliveryStatus": "inkbox_api.models",
    "SmsOptIn": "inkbox_api.models",
    "SmsOptInSource": "inkbox_api.models",
    "SmsOptInStatus": "inkbox_api.models",
    "SmsOptInsResource": "._sync.resources.sms_opt_ins",
    "SmsStatus": "inkbox_api.models",
    "TLSMode": "inkbox_api.models",
    "TOTPAlgorithm": ".vault.totp",
    "TOTPCode": ".vault.totp",
    "TOTPConfig": ".vault.totp",
    "TextConversationSummary": "inkbox_api.models",
    "TextConversationUpdateResult": "inkbox_api.models",
    "TextMedia": "inkbox_api.models",
    "TextMessage": "inkbox_api.models",
    "TextMessageOrigin": "inkbox_api.models",
    "TextsResource": "._sync.resources.texts",
    "Thread": "inkbox_api.models",
    "ThreadDetail": "inkbox_api.models",
    "ThreadFolder": "inkbox_api.models",
    "ThreadsResource": "._sync.resources.threads",
    "TranscriptParty": "inkbox_api.models",
    "Tunnel": "inkbox_api.models",
    "TunnelStatus": "inkbox_api.models",
    "TunnelSummary": "inkbox_api.models",
    "TunnelsResource": "._sync.resources.tunnels",
    "UnlockedVault": "._sync.unlocked_vault",
    "UnprocessableEntityError": "._errors",
    "VaultAccessRule": "inkbox_api.models",
    "VaultInfo": "inkbox_api.models",
    "VaultInitializeResult": ".vault._state",
    "VaultIntegrityError": ".vault.errors",
    "VaultKey": "inkbox_api.models",
    "VaultKeyMismatchError": ".vault.errors",
    "VaultKeyType": ".vault.types",
    "VaultLockedError": ".vault.errors",
    "VaultNotInitializedError": ".vault.errors",
    "VaultPayloadError": ".vault.errors",
    "VaultResource": "._sync.resources.vault",
    "VaultSaltError": ".vault.errors",
    "VaultSecret": "inkbox_api.models",
    "VaultSecretType": ".vault.types",
    "WhoamiApiKeyResponse": "inkbox_api.models",
    "WhoamiJwtResponse": "inkbox_api.models",
    "WhoamiResponse": ".models",
    "parse_totp_uri": ".vault.totp",
    "verify_webhook": ".webhooks",
    # 0.3.1's exports (issue 12): its names for our models, tunnel errors, vault helpers
    "AccessRule": "._guide_era_names",
    "AsyncTranscriptsResource": "._async.resources.calls",
    "AttachmentUrl": "inkbox_api.models",
    "ContactAccess": "._guide_era_names",
    "Domain": "._guide_era_names",
    "ForwardMode": "inkbox_api.models",
    "IdentityMailboxCreateOptions": "._guide_era_names",
    "IdentityPhoneNumberCreateOptions": "._guide_era_names",
    "NoteAccess": "._guide_era_names",
    "RotatedSecret": "._guide_era_names",
    "SignedCert": "inkbox_api.models",
    "TextMediaItem": "._guide_era_names",
    "TranscriptsResource": "._sync.resources.calls",
    "TunnelCSRStateConflict": "._tunnel_errors",
    "TunnelError": "._tunnel_errors",
    "TunnelNameInvalid": "._tunnel_errors",
    "TunnelNameUnavailable": "._tunnel_errors",
    "TunnelRemoved": "._tunnel_errors",
    "TunnelSecretUnavailable": "._tunnel_errors",
    "TunnelStateConflict": "._tunnel_errors",
    "TunnelTLSModeMismatch": "._tunnel_errors",
    "VaultKeyMaterial": ".vault.crypto",
    "VaultSecretDetail": "inkbox_api.models",
    "generate_org_encryption_key": ".vault.crypto",
    "generate_recovery_code": ".vault.crypto",
    "generate_totp": ".vault.totp",
    "generate_vault_key_material": ".vault.crypto",
    # with_raw_response / last_response (issue 12)
    "RawResponse": "._raw_response",
    "ResponseInfo": "._raw_response",
    # mail imports and webhook subscriptions (issue 15)
    "MailImportCreateResult": "inkbox_api.models",
    "MailImportFailure": "inkbox_api.models",
    "MailImportFormat": "inkbox_api.models",
    "MailImportJob": "inkbox_api.models",
    "MailImportJobPage": "inkbox_api.models",
    "MailImportJobStatus": "inkbox_api.models",
    "MailImportUploadTarget": "inkbox_api.models",
    "WebhookCatalog": "inkbox_api.models",
    "WebhookCatalogEntry": "inkbox_api.models",
    "WebhookContextConfig": "inkbox_api.models",
    "WebhookDelivery": "inkbox_api.models",
    "WebhookSubscription": "inkbox_api.models",
    "WebhookSubscriptionCreateResponse": "inkbox_api.models",
    "MailImportUploadError": "._errors",
    "AsyncMailImportsResource": "._async.resources.mail_imports",
    "MailImportsResource": "._sync.resources.mail_imports",
    "AsyncWebhooksResource": "._async.resources.webhooks",
    "WebhooksResource": "._sync.resources.webhooks",
    "AsyncWebhookSubscriptionsResource": "._async.resources.webhooks",
    "WebhookSubscriptionsResource": "._sync.resources.webhooks",
    "AsyncWebhookDeliveriesResource": "._async.resources.webhooks",
    "WebhookDeliveriesResource": "._sync.resources.webhooks",
    # Voice AI and call actions (issue 16)
    "CallMode": "inkbox_api.models",
    "CallOrigin": "inkbox_api.models",
    "ForwardingTargetType": "inkbox_api.models",
    "HostedAgentAuthorityMode": "inkbox_api.models",
    "HostedAgentConfig": "inkbox_api.models",
    "HostedAgentToolInvocation": "inkbox_api.models",
    "HostedAgentToolInvocationPage": "inkbox_api.models",
    "HostedAgentToolInvocationStatus": "inkbox_api.models",
    "HostedAgentVoiceCatalog": "inkbox_api.models",
    "HostedAgentVoiceOption": "inkbox_api.models",
    "IncomingCallActionConfig": "inkbox_api.models",
    "OnVoicemail": "inkbox_api.models",
    "VoicemailDetection": "inkbox_api.models",
    "AsyncHostedAgentResource": "._async.resources.hosted_agent",
    "HostedAgentResource": "._sync.resources.hosted_agent",
    "AsyncIncomingCallActionResource": "._async.resources.incoming_call_action",
    "IncomingCallActionResource": "._sync.resources.incoming_call_action",
}

__all__ = sorted([*_EXPORTS, "__version__"])  # noqa: PLE0605 - one list to keep, not two


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'inkbox' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    if isinstance(value, type | FunctionType) and value.__module__.startswith(f"{__name__}."):
        # Reprs and tracebacks name it as users import it (`inkbox.Inkbox`), as httpx does.
        # Generated models keep their module: their string annotations resolve there.
        value.__module__ = __name__
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*_EXPORTS, "__version__"])

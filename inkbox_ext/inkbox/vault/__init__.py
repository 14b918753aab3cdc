"""The encrypted vault: client-side crypto, secret payload types and TOTP.

Submodules are imported on demand (`inkbox.vault.types`, `inkbox.vault.totp`,
`inkbox.vault.crypto`) so that importing the package never loads argon2 or
cryptography.
"""

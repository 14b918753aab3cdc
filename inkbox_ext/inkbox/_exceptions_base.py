class InkboxError(Exception):
    """Base of every error the inkbox SDK raises."""

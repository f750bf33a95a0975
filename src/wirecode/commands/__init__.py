"""Click commands that live outside `wirecode.cli`; each module adds one command."""

"""`python -m cli …`: the same as the `sitzung` command (the web server starts its views this way)."""

from cli import main

if __name__ == "__main__":
    main()

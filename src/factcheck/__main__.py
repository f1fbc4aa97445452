"""`python -m factcheck` runs the same CLI as the `factcheck` console script."""

from factcheck.cli.app import main

if __name__ == "__main__":
    main()

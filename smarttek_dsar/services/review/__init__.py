"""What the company holds and what may be given: collection, the snapshot review and the legal
decisions."""

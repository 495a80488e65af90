"""Receipt printers: rendering the receipt layout for them, and talking to them."""

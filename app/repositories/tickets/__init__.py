"""Work-order queries: the orders themselves (`orders.py`), the queues' pages and an order's
history (`queues.py`), and the incidents that group orders (`incidents.py`)."""

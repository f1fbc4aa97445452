"""yamlio"""
